"""The district's keys and package encryption (issue 10 point 1, groundwork): a round trip, and refusals that
name the file and the fix."""

from __future__ import annotations

import stat

import pytest

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.district.keys import (decrypt, encrypt_for, encrypt_with_password, make_key_pair,
                                          read_private_key, read_public_key)


def test_a_package_encrypted_to_the_district_opens_with_its_key_only(tmp_path):
    private, public = make_key_pair(tmp_path / "disnaker")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600 and public.read_text().startswith("age1")
    secret = b"NIK 3307095205900903"
    sealed = encrypt_for(secret, read_public_key(public.read_text()))
    assert secret not in sealed
    assert decrypt(sealed, "3307092001-2026-11-03.desmig", key=read_private_key(private)) == secret
    other, _pub = make_key_pair(tmp_path / "lain")
    with pytest.raises(ValidationError, match="3307092001-2026-11-03.desmig dienkripsi untuk kunci .* lain"):
        decrypt(sealed, "3307092001-2026-11-03.desmig", key=read_private_key(other))
    with pytest.raises(ValidationError, match="rusak atau terpotong"):
        decrypt(sealed[: len(sealed) // 2], "x.desmig", key=read_private_key(private))


def test_a_password_package_and_the_refusals(tmp_path):
    sealed = encrypt_with_password(b"data", "kopi-salak-2026")
    assert decrypt(sealed, "p.desmig", password="kopi-salak-2026") == b"data"
    with pytest.raises(ValidationError, match="kata sandi lain"):
        decrypt(sealed, "p.desmig", password="salah")
    with pytest.raises(ValidationError, match="sudah ada"):
        make_key_pair(tmp_path) and make_key_pair(tmp_path)
    with pytest.raises(ValidationError, match="bukan kunci publik distrik"):
        read_public_key("halo")
