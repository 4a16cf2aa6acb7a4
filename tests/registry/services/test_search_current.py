"""Negara tujuan / Tgl Berangkat kept on person (revision 0007): every use case that changes a placement leaves
current_country / current_departed_on as the list's rule picks them, and the list sorts by them."""

from __future__ import annotations

from datetime import date

from desmig_desktop.core.records import restore_record
from desmig_desktop.registry.models import Person
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.life_events import after_restore
from desmig_desktop.registry.services.people import PlacementInput
from desmig_desktop.registry.services.search import PersonQuery, list_page
from tests.conftest import person_input


def kept(ctx, pid):  # type: ignore[no-untyped-def]
    with ctx.reader() as s:
        p = s.get(Person, pid)
        return p.current_country, p.current_departed_on


def shown(ctx, sort):  # type: ignore[no-untyped-def]
    return [(r.name, r.country, r.departed_on) for r in list_page(ctx, PersonQuery(sort=sort), None, 50).rows]


def test_placement_use_cases_keep_the_current_placement_on_person(ctx, village):
    ctx.today_override = date(2026, 11, 23)
    sri = registry.register_person(ctx, person_input("Sri", "P", date(1990, 5, 1), 1)).id
    ani = registry.register_person(ctx, person_input("Ani", "P", date(1992, 5, 1), 2)).id
    assert kept(ctx, sri) == (None, None)

    registry.add_placement(ctx, sri, PlacementInput("purna", "Taiwan", departed_on=date(2015, 1, 1),
                                                   returned_on=date(2017, 1, 1)))
    assert kept(ctx, sri) == ("Taiwan", date(2015, 1, 1))
    registry.add_placement(ctx, ani, PlacementInput("purna", "Malaysia", departed_on=date(2018, 2, 1),
                                                   returned_on=date(2020, 2, 1)))
    # an aktif placement beats the purna one
    aktif = registry.add_placement(ctx, sri, PlacementInput("aktif", "Hong Kong", registered_on=date(2024, 1, 1),
                                                          departed_on=date(2024, 3, 1))).id
    assert kept(ctx, sri) == ("Hong Kong", date(2024, 3, 1))
    assert kept(ctx, ani) == ("Malaysia", date(2018, 2, 1))
    assert shown(ctx, "country") == [("Sri", "Hong Kong", date(2024, 3, 1)), ("Ani", "Malaysia", date(2018, 2, 1))]
    assert [n for n, _c, _d in shown(ctx, "departed_on")] == ["Ani", "Sri"]

    registry.update_placement(ctx, aktif, PlacementInput("aktif", "Singapura", registered_on=date(2024, 1, 1),
                                                        departed_on=date(2024, 4, 2)))
    assert kept(ctx, sri) == ("Singapura", date(2024, 4, 2))
    deletion = registry.delete_placement(ctx, aktif)
    assert kept(ctx, sri) == ("Taiwan", date(2015, 1, 1))  # back to the purna placement
    restore_record(ctx, deletion.table, deletion.record_id, deletion.when, after=[after_restore])
    assert kept(ctx, sri) == ("Singapura", date(2024, 4, 2))
    registry.delete_placement(ctx, aktif)
    calon = registry.add_placement(ctx, sri, PlacementInput("calon", "Jepang", registered_on=date(2026, 1, 5))).id
    assert kept(ctx, sri) == ("Jepang", None)  # calon beats purna, whatever the dates
    assert shown(ctx, "departed_on")[0] == ("Sri", "Jepang", None)  # no departure day yet: first
    registry.cancel_placement(ctx, calon, date(2026, 2, 1), "Tidak jadi")
    assert kept(ctx, sri) == ("Taiwan", date(2015, 1, 1))  # batal berangkat is never the current placement
    budi = registry.register_person(ctx, person_input("Budi", "L", date(1980, 5, 1), 3)).id
    assert kept(ctx, budi) == (None, None)
    assert shown(ctx, "country")[0] == ("Budi", "", None)  # no placement: first
