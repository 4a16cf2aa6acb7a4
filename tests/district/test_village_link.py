"""The village's link to Disnaker (issue 10): its public key and e-mail kept on the village, refused when they are
not a key or an address, and the fingerprint the officer compares with district-key.pub."""

from __future__ import annotations

import pytest

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.district import keys
from desmig_desktop.district.package import district_link as link_from_package
from desmig_desktop.district.village_link import district_link, fingerprint, sent_packages, set_district_key


def test_a_village_without_a_key_has_no_link(ctx, village):
    link = district_link(ctx)
    assert (link.key, link.fingerprint, link.email) == (None, "", "")
    assert sent_packages(ctx) == []


def test_the_district_key_file_is_kept_with_its_fingerprint_and_email(tmp_path, ctx, village):
    _private, public = keys.make_key_pair(tmp_path)
    text = public.read_text(encoding="ascii")
    line = text.strip()
    saved = set_district_key(ctx, "# kunci publik Disnaker Wonosobo\n" + text, "  disnaker@wonosobokab.go.id ")
    assert saved.id
    link = link_from_package(ctx)  # the contract's name in district.package is the same service
    assert link.key == line and link.email == "disnaker@wonosobokab.go.id"
    assert link.fingerprint == f"{line[4:8]} {line[8:12]} {line[12:16]}" == fingerprint(line)
    assert link.fingerprint.replace(" ", "") in text  # what the officer can check by eye

    _p2, other = keys.make_key_pair(tmp_path / "other")
    set_district_key(ctx, other.read_text(encoding="ascii"))  # a new key replaces the old; e-mail emptied
    assert district_link(ctx).key == other.read_text(encoding="ascii").strip()
    assert district_link(ctx).email == ""


def test_what_is_not_a_key_or_an_address_is_refused_naming_the_field(tmp_path, ctx, village):
    with pytest.raises(ValidationError) as err:
        set_district_key(ctx, "AGE-SECRET-KEY-1QQQ")
    assert "district-key.pub" in err.value.for_field("district_key")[0]
    _private, public = keys.make_key_pair(tmp_path)
    with pytest.raises(ValidationError) as err:
        set_district_key(ctx, public.read_text(encoding="ascii"), "disnaker wonosobo")
    message = err.value.for_field("district_email")[0]
    assert "E-mail Disnaker" in message and "disnaker wonosobo" in message
    assert district_link(ctx).key is None  # nothing written
