"""A small hand-built history of the service centre with known counts, for the recap tests (services and reports).

People are registered and placed through the registry services; the centre's rows (visits, AK-1, documents,
preparations, complaints) are written directly in one unit of work, with the step dates a past period needs.
Dates are 2026. Counts for September (as of 30/09) and October (as of 31/10):

Visits: 30/09 Tono pengaduan (Sept); 05/10 Rina info_kerja; 06/10 an outsider info_kerja; 31/10 23:30 an outsider
migrasi_aman; 01/11 Budi ak1 (Nov); a deleted visit on 10/10 (never counted).
  October: info_kerja 1 villager + 1 outsider, migrasi_aman 1 outsider -> 3.
AK-1: Budi opened 01/03, lengkap 05/03, diserahkan 10/03, terbit 20/04 (report due 20/10), reported 25/10;
Rina opened 02/10, lengkap 20/10, diserahkan 05/11; Sari opened 10/09, lengkap 20/09, diserahkan 25/09, ditolak
15/10; Tono opened 10/11.
  September: lengkap 0, diserahkan 1 (Sari), terbit 1, due 1 (Budi: 20/10 within 30 days, his report came later).
  October: lengkap 1 (Rina), terbit 1, ditolak 1; opened 1; due 0 (Budi reported 25/10).
Placements: Sari (born 01/03/2009) calon from 01/09, P-to-P without P3MI, planned 20/10, no papers;
Rina calon from 01/08, G-to-G, prosedural, every paper seen 01/10, planned 10/10, departed 12/10;
Budi calon from 01/07, mandiri, non-prosedural, departed 20/10; Wati aktif since 10/01/2025, last contact 15/10;
Dedi aktif since 01/06/2025, contact lost since 01/06/2026 (registry flag).
  September: calon 3, at risk 2 (Sari: under_18, no_p3mi; Budi: non_procedural); departures 0; lost contact 1
  (Dedi: flag + no_contact_90; not Wati: her contact of 15/10 hides earlier ones, the time is unknown on 30/09).
  October: calon 1 (Sari: under_18, no_p3mi, documents_missing); departures 1 prosedural + 1 non-prosedural;
  lost contact 2 (Dedi; Wati by her open putus-kontak complaint).
Complaints: gaji (Dedi) opened 05/09, ditindaklanjuti 06/09, selesai 09/10 (34 days); calo opened 01/10,
ditindaklanjuti 03/10, selesai 11/10 (10 days); putus_kontak (Wati) opened 20/10, ditindaklanjuti 22/10,
dirujuk 02/11, selesai 15/11; kekerasan opened 03/11; a deleted gaji complaint of 05/10 (never counted).
  September: gaji ditindaklanjuti 1 (open then), opened 1.
  October: opened 2 (calo, putus_kontak); gaji selesai, calo selesai, putus_kontak ditindaklanjuti; closed 2,
  median 22 days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desmig_desktop.core.db.base import utcnow
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput, PlacementInput
from desmig_desktop.service_centre.codes import DEPARTURE_ITEMS
from desmig_desktop.service_centre.models import (
    Ak1Application,
    Ak1Report,
    Complaint,
    ComplaintAction,
    Document,
    Preparation,
    Visit,
)

SECRET = "Majikan memukul korban di rumah Jalan Rahasia 12"  # a complaint description that must never leave
NOTE = "Catatan pribadi tamu: utang rentenir"  # a visit note, private
OUTSIDER = "Paijo Luar Desa"


@dataclass(frozen=True)
class History:
    ids: dict[str, str]  # name -> person id
    placements: dict[str, str]  # name -> placement id
    complaints: dict[str, str]  # category -> complaint id


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def build_history(ctx) -> History:  # type: ignore[no-untyped-def]
    people = [("Rina", "P", d(6, 1, 1995)), ("Budi", "L", d(4, 2, 1988)), ("Sari", "P", d(3, 1, 2009)),
              ("Tono", "L", d(7, 7, 1970)), ("Wati", "P", d(5, 5, 1992)), ("Dedi", "L", d(8, 8, 1985))]
    ids = {name: registry.register_person(ctx, PersonInput(make_nik("330709", born, sex, i), name, sex, born)).id
           for i, (name, sex, born) in enumerate(people, 31)}
    place = {
        "Sari": PlacementInput("calon", "Malaysia", scheme="p_to_p", registered_on=d(9, 1)),
        "Rina": PlacementInput("aktif", "Jepang", scheme="g_to_g", route="prosedural", registered_on=d(8, 1),
                               departed_on=d(10, 12), last_contact_on=d(11, 1)),
        "Budi": PlacementInput("aktif", "Malaysia", scheme="mandiri", route="non_prosedural", registered_on=d(7, 1),
                               departed_on=d(10, 20), last_contact_on=d(11, 1), departure_note="lewat calo"),
        "Wati": PlacementInput("aktif", "Hong Kong", route="prosedural", departed_on=d(1, 10, 2025),
                               last_contact_on=d(10, 15)),
        "Dedi": PlacementInput("aktif", "Taiwan", route="prosedural", departed_on=d(6, 1, 2025),
                               last_contact_on=d(6, 1), lost_contact=True),
    }
    placements = {name: registry.add_placement(ctx, ids[name], data).id for name, data in place.items()}
    gone = utcnow()
    with ctx.unit_of_work() as s:
        s.add_all([
            Visit(visited_at=datetime(2026, 9, 30, 9), person_id=ids["Tono"], purpose="pengaduan"),
            Visit(visited_at=datetime(2026, 10, 5, 10), person_id=ids["Rina"], purpose="info_kerja", notes=NOTE),
            Visit(visited_at=datetime(2026, 10, 6, 11), outsider_name=OUTSIDER, outsider_id_number="3301010101010001",
                  outsider_village="Desa Tetangga", purpose="info_kerja"),
            Visit(visited_at=datetime(2026, 10, 31, 23, 30), outsider_name="Tamu Malam", outsider_id_number="X1",
                  purpose="migrasi_aman"),
            Visit(visited_at=datetime(2026, 11, 1, 8), person_id=ids["Budi"], purpose="ak1"),
            Visit(visited_at=datetime(2026, 10, 10, 8), person_id=ids["Tono"], purpose="konsultasi", deleted_at=gone),
        ])
        budi = Ak1Application(person_id=ids["Budi"], status="terbit", opened_on=d(3, 1), complete_on=d(3, 5),
                              submitted_on=d(3, 10), issued_on=d(4, 20), card_number="AK1-001")
        s.add_all([
            budi,
            Ak1Application(person_id=ids["Rina"], status="diserahkan", opened_on=d(10, 2), complete_on=d(10, 20),
                           submitted_on=d(11, 5)),
            Ak1Application(person_id=ids["Sari"], status="ditolak", opened_on=d(9, 10), complete_on=d(9, 20),
                           submitted_on=d(9, 25), rejected_on=d(10, 15), reject_reason="Umur belum cukup"),
            Ak1Application(person_id=ids["Tono"], status="draft", opened_on=d(11, 10)),
        ])
        s.flush()
        s.add(Ak1Report(ak1_id=budi.id, reported_on=d(10, 25)))
        s.add_all([Document(placement_id=placements["Rina"], item=item, done_on=d(10, 1)) for item in DEPARTURE_ITEMS])
        s.add_all([Preparation(placement_id=placements["Rina"], planned_on=d(10, 10)),
                   Preparation(placement_id=placements["Sari"], planned_on=d(10, 20), note=NOTE)])
        complaints = {
            "gaji": Complaint(reporter_id=ids["Tono"], person_id=ids["Dedi"], placement_id=placements["Dedi"],
                              category="gaji", description=SECRET, status="selesai", opened_on=d(9, 5),
                              followed_on=d(9, 6), closed_on=d(10, 9), outcome="Gaji dibayar majikan"),
            "calo": Complaint(reporter_id=ids["Tono"], person_id=ids["Budi"], category="calo", description=SECRET,
                              status="selesai", opened_on=d(10, 1), followed_on=d(10, 3), closed_on=d(10, 11),
                              outcome="Uang kembali"),
            "putus_kontak": Complaint(reporter_id=ids["Tono"], person_id=ids["Wati"], category="putus_kontak",
                                      description=SECRET, status="selesai", opened_on=d(10, 20), followed_on=d(10, 22),
                                      referred_on=d(11, 2), referred_to="bp2mi", closed_on=d(11, 15),
                                      outcome="Sudah dihubungi"),
            "kekerasan": Complaint(reporter_id=ids["Tono"], person_id=ids["Dedi"], category="kekerasan",
                                   description=SECRET, opened_on=d(11, 3)),
        }
        s.add_all(complaints.values())
        s.add(Complaint(reporter_id=ids["Tono"], person_id=ids["Dedi"], category="gaji", description=SECRET,
                        opened_on=d(10, 5), deleted_at=gone))
        s.flush()
        s.add_all([ComplaintAction(complaint_id=c.id, acted_on=c.opened_on, status="baru", text=SECRET)
                   for c in complaints.values()])
        complaint_ids = {k: c.id for k, c in complaints.items()}
    return History(ids, placements, complaint_ids)
