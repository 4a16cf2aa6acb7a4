"""The district's key pair and the encryption of village packages (issue 10 point 1, groundwork).

A package never leaves the laptop unencrypted. The district makes an age X25519 key pair (`make_key_pair`): the
private key (`district-key.txt`) stays at Disnaker, the public key (`district-key.pub`, one line `age1…`) is given
to the villages, which encrypt their packages to it (`encrypt_for`). A village without the district's key
encrypts with a password (`encrypt_with_password`), shown once to the officer. Decrypting with the wrong key or
password, or a damaged file, raises a ValidationError naming the file and the fix — never a library's text.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyrage
from pyrage import passphrase, x25519

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _

PRIVATE_NAME, PUBLIC_NAME = "district-key.txt", "district-key.pub"


def make_key_pair(folder: Path) -> tuple[Path, Path]:
    """Write a new key pair into `folder` (refused when a private key is already there: it would orphan every
    package encrypted to it). The private key file is readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True)
    private, public = folder / PRIVATE_NAME, folder / PUBLIC_NAME
    if private.exists():
        raise ValidationError([Issue("out", _(
            "Kunci distrik sudah ada di {path}: paket yang dienkripsi untuknya tidak akan bisa dibuka lagi jika "
            "kuncinya diganti. Pilih folder lain, atau pakai kunci yang ada.").format(path=private))])
    identity = x25519.Identity.generate()
    fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(f"# Kunci privat distrik Desmig Desktop: simpan di Disnaker, jangan dikirim ke desa.\n{identity}\n")
    public.write_text(f"{identity.to_public()}\n", encoding="ascii")
    return private, public


def read_public_key(text: str) -> x25519.Recipient:
    """The district's public key from the text of `district-key.pub` (ValidationError when it is not one)."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), "")
    try:
        return x25519.Recipient.from_str(line)
    except Exception as err:  # noqa: BLE001 (pyrage raises its own types for any malformed key)
        raise ValidationError([Issue("district_key", _(
            "Ini bukan kunci publik distrik (baris yang diawali age1…): minta berkas district-key.pub dari "
            "Disnaker."))]) from err


def read_private_key(path: Path) -> x25519.Identity:
    lines = [ln.strip() for ln in path.read_text(encoding="ascii", errors="replace").splitlines()]
    line = next((ln for ln in lines if ln.startswith("AGE-SECRET-KEY-")), "")
    try:
        return x25519.Identity.from_str(line)
    except Exception as err:  # noqa: BLE001
        raise ValidationError([Issue("key", _("{path} bukan kunci privat distrik (AGE-SECRET-KEY-…).").format(
            path=path))]) from err


def encrypt_for(data: bytes, public_key: x25519.Recipient) -> bytes:
    return pyrage.encrypt(data, [public_key])


def encrypt_with_password(data: bytes, password: str) -> bytes:
    return passphrase.encrypt(data, password)


def decrypt(data: bytes, name: str, key: x25519.Identity | None = None, password: str | None = None) -> bytes:
    """The package's plain bytes; ValidationError naming the file `name` when the key or password is not the
    one it was encrypted for, or the file is damaged or cut short."""
    try:
        if key is not None:
            return pyrage.decrypt(data, [key])
        return passphrase.decrypt(data, password or "")
    except pyrage.DecryptError as err:
        wrong = "No matching keys" in str(err) or "Decryption failed" in str(err)
        message = _("Paket {name} dienkripsi untuk kunci atau kata sandi lain: buka dengan kunci distrik yang "
                    "benar, atau minta desa mengirim ulang.") if wrong else _(
            "Paket {name} rusak atau terpotong: minta desa mengirim ulang paketnya.")
        raise ValidationError([Issue("package", message.format(name=name))]) from err
