"""The words the complaint screens show for the codes the services hand over (status, category, referral target,
why a migrant is on the lost-contact register), and the button text of each status step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desmig_desktop.core.i18n import label
from desmig_desktop.service_centre.codes import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_STATUSES,
    REFERRAL_TARGETS,
)

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def status_text(code: str | None) -> str:
    return label(COMPLAINT_STATUSES, code) if code else ""


def category_text(code: str | None) -> str:
    return label(COMPLAINT_CATEGORIES, code) if code else ""


def target_text(code: str | None) -> str:
    return label(REFERRAL_TARGETS, code) if code else ""


def step_button_text(target: str) -> str:
    """The button that moves a complaint to `target`."""
    words = {
        "ditindaklanjuti": translate("ComplaintWords", "Tindak lanjuti…"),
        "dirujuk": translate("ComplaintWords", "Rujuk…"),
        "selesai": translate("ComplaintWords", "Selesaikan…"),
    }
    return words.get(target, status_text(target))


def step_title(target: str) -> str:
    words = {
        "ditindaklanjuti": translate("ComplaintWords", "Tindak lanjuti pengaduan"),
        "dirujuk": translate("ComplaintWords", "Rujuk pengaduan"),
        "selesai": translate("ComplaintWords", "Selesaikan pengaduan"),
    }
    return words.get(target, status_text(target))


def days_text(days: int | None) -> str:
    if days is None:
        return ""
    return translate("ComplaintWords", "%n hari", "", days)


def reason_text(code: str) -> str:
    """Why a migrant is on the lost-contact register (dto.LostContactRow.reasons)."""
    words = {
        "complaint": translate("ComplaintWords", "Pengaduan putus kontak"),
        "flag": translate("ComplaintWords", "Ditandai putus kontak"),
        "no_contact_90": translate("ComplaintWords", "Lebih dari 90 hari tanpa kabar"),
    }
    return words.get(code, code)
