"""Writing files safely: a report or export either appears whole or not at all."""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Iterator


@contextmanager
def atomic_output(out: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `out`; it replaces `out` only if the block ends without error."""
    target = Path(out)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix + ".tmp", dir=target.parent or ".")
    except OSError as exc:  # the folder is missing, not writable, full: the error names the file asked for
        raise type(exc)(exc.errno, exc.strerror, str(target)) from None
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an export is an ordinary file
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def describe_os_error(exc: OSError, path: str | Path | None = None) -> str:
    """What an operating-system error means for the officer, in the chosen language, naming the file or folder.

    One sentence and the fix, never the system's own (English) text: the CLI prints it, the screens show it.
    `path` defaults to the file the error names."""
    import errno

    from desmig_desktop.core.i18n import _

    where = str(path if path is not None else (exc.filename or ""))
    code = exc.errno
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        return _("Berkas atau folder {path} tidak ada: periksa nama dan foldernya.").format(path=where)
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return _("{path} adalah folder, bukan berkas: pilih atau tulis nama berkas.").format(path=where)
    if isinstance(exc, NotADirectoryError) or code == errno.ENOTDIR:
        return _("Sebagian jalur {path} adalah berkas, bukan folder: periksa foldernya.").format(path=where)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return _("Tidak ada izin untuk membuka {path}: tutup berkas itu di program lain (mis. Excel), atau pilih "
                 "folder yang boleh Anda tulisi.").format(path=where)
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return _("Disk penuh: {path} tidak dapat ditulis. Kosongkan ruang disk atau pilih disk lain, lalu coba "
                 "lagi.").format(path=where)
    if code == errno.EROFS:
        return _("{path} ada di disk yang hanya-baca: pilih folder lain.").format(path=where)
    if isinstance(exc, FileExistsError) or code == errno.EEXIST:
        return _("{path} sudah ada: pilih nama lain.").format(path=where)
    return _("{path} tidak dapat dibaca atau ditulis (kesalahan sistem {code}): periksa disk dan izin foldernya.").format(
        path=where, code=code if code is not None else "?")


def describe_failure(exc: BaseException, path: str | Path | None = None) -> str:
    """What a failed file job (export, recap, backup, import) tells the officer: an operating-system error worded by
    `describe_os_error` (with the path), else the exception's own message (ours are already in the chosen language)."""
    if isinstance(exc, OSError):
        return describe_os_error(exc, path if path is not None and not exc.filename else None)
    return str(exc)
