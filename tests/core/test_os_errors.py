"""core.files.describe_os_error: every operating-system error in the officer's language, with the path."""

from __future__ import annotations

import errno

import pytest

from desmig_desktop.core import i18n
from desmig_desktop.core.files import describe_os_error

CASES = [
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "/data/desa.db"), "tidak ada", "does not exist"),
    (PermissionError(errno.EACCES, "Permission denied", "/data/desa.db"), "izin", "permission"),
    (OSError(errno.ENOSPC, "No space left on device", "/data/desa.db"), "Disk penuh", "disk is full"),
    (IsADirectoryError(errno.EISDIR, "Is a directory", "/data/desa.db"), "folder", "folder"),
    (OSError(errno.EROFS, "Read-only file system", "/data/desa.db"), "hanya-baca", "read-only"),
    (OSError(errno.EIO, "Input/output error", "/data/desa.db"), "kesalahan sistem", "system error"),
]


@pytest.mark.parametrize(("exc", "indonesian", "english"), CASES)
def test_each_error_is_worded_in_both_languages_with_the_path(exc, indonesian, english):
    text = describe_os_error(exc)
    assert "/data/desa.db" in text and indonesian in text and exc.strerror not in text
    i18n.set_language("en")
    try:
        text = describe_os_error(exc, "/lain/rekap.xlsx")
        assert "/lain/rekap.xlsx" in text and english in text.lower()
    finally:
        i18n.set_language("id")


def test_a_real_error_from_the_system():
    try:
        open("/tidak/ada/berkas.csv", encoding="utf-8")
    except OSError as exc:
        assert describe_os_error(exc) == "Berkas atau folder /tidak/ada/berkas.csv tidak ada: periksa nama dan foldernya."


def test_describe_failure_words_os_errors_and_keeps_our_own_messages():
    from desmig_desktop.core.errors import Issue, ValidationError
    from desmig_desktop.core.files import describe_failure

    missing = FileNotFoundError(errno.ENOENT, "No such file or directory")
    assert describe_failure(missing, "/data/rekap") == "Berkas atau folder /data/rekap tidak ada: periksa nama dan foldernya."
    assert describe_failure(ValidationError([Issue("x", "Periode salah.")])) == "Periode salah."
