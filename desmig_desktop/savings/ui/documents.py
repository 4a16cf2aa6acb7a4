"""The one way the Simpan Pinjam screens write a PDF (kwitansi, perjanjian, rekening, laporan bulanan)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.savings.services.moves import receipt
from desmig_desktop.savings.ui.loan_parts import default_pdf_path
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.forms import tell

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def write_pdf(widget: QWidget, suggested: Path, ask_path: Callable[[Path], Any], write: Callable[[Path], Any],
              done: str) -> Path | None:
    """Ask where (`ask_path(suggested)`; a name without ".pdf" gets it), `write(path)`, then tell `done` (its %1
    is the path). A disk error or a refusal of the service is told, never raised; None when nothing was written."""
    path = ask_path(suggested)
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        written = write(out)
    except OSError as err:
        from desmig_desktop.core.files import describe_os_error

        tell(widget, translate("LedgerTab", "Cetak PDF"), translate("LedgerTab", "PDF tidak dapat disimpan: %1")
             .replace("%1", describe_os_error(err, out)), True)
        return None
    except ValidationError as err:
        tell(widget, translate("LedgerTab", "Cetak PDF"), "\n".join(i.message for i in err.issues), True)
        return None
    written = Path(written) if isinstance(written, (str, Path)) else out
    notify(widget, done.replace("%1", str(written)))
    return written


def print_receipt(widget: QWidget, ctx: ServiceContext, source_table: str, source_id: str,
                  ask_path: Callable[[Path], Any]) -> Path | None:
    """Write a record's kwitansi to the PDF the officer chooses (journal, members and loans print the same way)."""
    from desmig_desktop.savings.reports import receipt_pdf  # reportlab: on first print

    dto = receipt(ctx, source_table, source_id)
    return write_pdf(widget, default_pdf_path("kwitansi", dto.receipt_no, dto.issued_on), ask_path,
                     lambda out: receipt_pdf(dto, out),
                     translate("LedgerTab", "Kwitansi %1 disimpan di %2").replace("%1", dto.receipt_no).replace("%2", "%1"))
