"""Renderers of the period recap: `RecapData` (built by services) to Excel and PDF.

- `recap_xlsx.write_recap_xlsx(data, out, include_nik=False)`: sheets "Ringkasan" and "Register PMI".
- `recap_pdf.write_recap_pdf(data, out, include_nik=False)`: the summary as a signed village report.

Rendering never queries the database; both write atomically. A pillar adds its recap section by
appending a small writer to `SECTION_WRITERS` in each renderer (keys it does not know are ignored).
The submodules are not imported here, so importing one renderer does not load the other's library.
"""
