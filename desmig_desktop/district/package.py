"""The package a village sends to the district (issue 10): the contract's names, in one place. Qt-free.

A file `<village code>-<YYYY-MM-DD>.desmig` (`-2`, `-3`… when the name is taken) holds age-encrypted bytes (to
the district's public key, or with a password). Decrypted it is a ZIP (deflate) of
- `manifest.json`: `format`, `village` {id, code, name, kecamatan, kabupaten, provinsi}, `schema_revision`,
  `app_version`, `created_at` (ISO 8601 UTC, `…Z`), `sequence`, `previous_sha256`, `period`, `counts` {table: rows},
  `members` {member: sha256 of its bytes} (every member but the manifest);
- `data/<table>.json` for every table of `merge.merged_tables()`: `{"columns": [...], "rows": [[...], ...]}`, the
  values exactly as SQLite stores them (raw driver values), tombstoned rows included;
- `recap.csv`: the period's recap in long format (codes, never words; see `package_recap`).
The package's hash is the SHA-256 of the `.desmig` file's bytes.

Where things are: the format, `snapshot`, `pack`, `seal` in `package_format`; `open_package` (refusing anything it
cannot vouch for, naming the file, the reason and the fix) in `package_open`; `recap_facts` in `package_recap`;
`write_package` in `package_write`; the village's key, e-mail and sent packages in `village_link`.
"""

from desmig_desktop.district.package_format import (
    DATA_DIR, FORMAT_VERSION, MANIFEST, RECAP, RECAP_HEADER, SUFFIX, Manifest, Package, TableRows, data_member,
    manifest_json, pack, recap_csv, seal, sha256_hex, snapshot)
from desmig_desktop.district.package_open import open_package
from desmig_desktop.district.package_recap import recap_facts
from desmig_desktop.district.package_write import (
    SentPackage, default_period, generate_password, package_path, write_package)
from desmig_desktop.district.village_link import (
    DistrictLink, SentPackageRow, district_link, fingerprint, sent_packages, set_district_key)

__all__ = [
    "DATA_DIR", "FORMAT_VERSION", "MANIFEST", "RECAP", "RECAP_HEADER", "SUFFIX", "DistrictLink", "Manifest",
    "Package", "SentPackage", "SentPackageRow", "TableRows", "data_member", "default_period", "district_link",
    "fingerprint", "generate_password", "manifest_json", "open_package", "pack", "package_path", "recap_csv",
    "recap_facts", "seal", "sent_packages", "set_district_key", "sha256_hex", "snapshot", "write_package",
]
