"""Simpan pinjam's documents (kwitansi, loan agreement, member statement, monthly fund report) and its recap
section. Report code never queries: it renders the DTOs of `savings.dto`."""

from desmig_desktop.savings.reports.agreement import agreement_pdf
from desmig_desktop.savings.reports.monthly import monthly_report_pdf
from desmig_desktop.savings.reports.receipt import receipt_pdf
from desmig_desktop.savings.reports.statement import statement_pdf

__all__ = ["agreement_pdf", "monthly_report_pdf", "receipt_pdf", "statement_pdf"]
