"""The households of the demo village, made by `random.Random(seed)` alone (pure: no database): on SNAP
(31 Dec 2017) 170 PMI aktif and 178 PMI purna as in the seeds, then returns, second contracts and new
departures until DATA_END; no date lies after it, so one seed gives the same village on any later day."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from desmig_desktop.registry import demo_names as N
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.rules import PlacementInput
from desmig_desktop.registry.status import age_on

DATA_START = date(2008, 1, 1)
DATA_END = date(2026, 10, 31)  # no demo date lies after this day
SNAP = date(2017, 12, 31)  # the seeds' figures hold on this day
TARGETS = {"aktif": 170, "purna": 178, "baru": 140, "calon": 25}  # "aktif", "purna": on SNAP; "baru": first abroad later
WOMEN_SHARE = {"aktif": 0.88, "purna": 0.85, "baru": 0.8, "calon": 0.72}
NAMED_PURNA = 42  # women home since before 2017 who stay home: the 50 Tabel 1 participants come from them
KELUARGA_WOMEN = 8  # and from mothers and wives of migrants who never went abroad
PLAIN_HOUSEHOLDS = 50  # households with no migrant at all


def _weighted(rng: random.Random, pairs) -> object:  # type: ignore[no-untyped-def]
    return rng.choices([k for k, _w in pairs], [w for _k, w in pairs])[0]


def _between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _born_before(rng: random.Random, day: date, years: int) -> date:
    """A birth date making the person at least `years` old (and under years + 1) on `day`."""
    return day - timedelta(days=round(years * 365.25) + rng.randint(2, 360))


class _Builder:
    """Makes the households of the demo village (pure: no database)."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.name_rng = random.Random(seed + 1)  # its own stream: the rest of the demo does not shift with names
        self.homes: list[N.Home] = []
        self.rts = [(i, rw, rt) for i, (_n, rws) in enumerate(N.DUSUN_LAYOUT) for rw, n in rws for rt in range(1, n + 1)]
        self.pool: list[tuple[str, str]] = []  # (status, sex) of the migrants still to place

    # ---- people -------------------------------------------------------------------------------
    def full_name(self, given: str, pool: tuple[str, ...]) -> str:
        """Two-word names take their second word from another name of the list ("Agus" + "Saputra")."""
        first, _sep, rest = given.partition(" ")
        if not rest:
            return given
        seconds = N.second_words(pool)
        name = f"{first} {self.name_rng.choice(seconds)}"
        while name.split()[0] == name.split()[1]:
            name = f"{first} {self.name_rng.choice(seconds)}"
        return name

    def person(self, sex: str, birth: date, rel: str, home: list[N.Member], name: str = "") -> N.Member:
        rng = self.rng
        if not name:
            young = (N.GIRLS, N.BOYS) if birth.year >= 2009 else (N.WOMEN_YOUNG, N.MEN_YOUNG) if birth.year >= 1986 \
                else (N.WOMEN_OLD, N.MEN_OLD)
            pool = young[0] if sex == "P" else young[1]
            taken = {m.given or m.name for m in home}
            given = rng.choice(pool)
            while given in taken:
                given = rng.choice(pool)
            name = self.full_name(given, pool)
        else:
            given = ""
        age = age_on(birth, DATA_END)
        m = N.Member(name, sex, birth, rel, "belum_kawin" if age < 40 else "kawin", self.education(birth))
        m.given = given
        m.birth_place = str(_weighted(rng, N.BIRTH_PLACES))
        if age < 7:
            m.occupation = N.OCCUPATION_NONE
        elif age < 19 or (age < 23 and rng.random() < 0.3):
            m.occupation = N.OCCUPATION_STUDENT
        elif age >= 72:
            m.occupation = N.OCCUPATION_NONE
        else:
            m.occupation = str(_weighted(rng, N.OCCUPATIONS_ADULT_WOMAN if sex == "P" else N.OCCUPATIONS_ADULT_MAN))
        if age >= 17 and rng.random() < 0.65:
            m.phone = rng.choice(N.PHONE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"
        home.append(m)
        return m

    def education(self, birth: date) -> str:
        age = age_on(birth, DATA_END)
        if age < 19:
            return "tidak_sekolah" if age < 7 else "sd" if age < 13 else "smp" if age < 16 else "sma"
        table = next(t for until, t in N.ADULT_EDUCATION if birth.year < until)
        return str(_weighted(self.rng, table))

    def elder(self, home: N.Home, younger: date) -> None:
        """A widowed mother of `younger` (the head or the migrant) living in the family card."""
        born = _born_before(self.rng, younger, self.rng.randint(20, 30))
        if born.year >= 1934:
            self.person("P", born, "orang_tua", home.members).marital = "cerai_mati"

    def married_child(self, home: N.Home, kids: list[N.Member]) -> None:
        """The eldest grown child stays in the family card with a spouse (menantu) and children (cucu)."""
        grown = [k for k in kids if age_on(k.birth, DATA_END) >= 24 and not k.fixed]
        if not grown:
            return
        child, rng = grown[0], self.rng
        partner = self.person("P" if child.sex == "L" else "L", child.birth + timedelta(days=rng.randint(-900, 900)),
                              "menantu", home.members)
        child.marital = partner.marital = "kawin"
        self.children(home.members, child.birth if child.sex == "P" else partner.birth, rng.randint(1, 2), "cucu")

    def children(self, home: list[N.Member], mother_birth: date, n: int, rel: str = "anak") -> list[N.Member]:
        first, last = mother_birth + timedelta(days=19 * 366), min(mother_birth + timedelta(days=41 * 365), DATA_END)
        if first > last:
            return []
        births = sorted(_between(self.rng, first, last) for _i in range(n))
        return [self.person(self.rng.choice("LP"), b, rel, home) for b in births]

    # ---- migration history --------------------------------------------------------------------
    def placement(self, stage: str, sex: str, departed: date | None = None, returned: date | None = None,
                  registered: date | None = None, after: date = DATA_START) -> PlacementInput:
        rng = self.rng
        early = (departed or registered or DATA_END) < date(2015, 6, 1)
        if sex == "P":
            country = str(_weighted(rng, N.COUNTRY_WEIGHTS_EARLY if early else N.COUNTRY_WEIGHTS))
        else:
            country = str(_weighted(rng, N.MEN_COUNTRIES))
        job = str(_weighted(rng, N.JOBS.get((sex, country)) or N.JOBS[(sex, "")]))
        if sex == "P" and (departed or registered or DATA_END) <= SNAP and job not in N.INFORMAL_JOBS \
                and rng.random() < 0.9:  # Wonosobo 2017: about 86% of PMI aktif in private households
            job = N.JOB_CARE if country == "Taiwan" else N.JOB_PLRT
        sector = "informal" if job in N.INFORMAL_JOBS else "formal"
        route, scheme, agency = "prosedural", "p_to_p", rng.choice(N.AGENCIES)
        if country == "Korea Selatan":
            scheme, agency = "g_to_g", ""
        elif stage != "calon" and rng.random() < (0.18 if early else 0.06):
            route, scheme, agency = "non_prosedural", None, ""
        elif country in ("Hong Kong", "Taiwan") and stage != "calon" and rng.random() < 0.06:
            scheme, agency = "mandiri", ""
        if registered is None and departed is not None and route == "prosedural":
            registered = max(after, departed - timedelta(days=rng.randint(45, 200)))
        reason, last_contact, lost = "", None, False
        if stage == "purna" and departed is not None and returned is not None:
            short = (returned - departed).days < 700
            reason = str(_weighted(rng, N.RETURN_REASONS_SHORT if short else N.RETURN_REASONS_LONG))
            if route == "non_prosedural" and rng.random() < 0.5:
                reason = N.REASON_DEPORTED
        elif stage == "aktif" and departed is not None:
            lost = rng.random() < (0.45 if route == "non_prosedural" else 0.045)
            if lost:
                last_contact = _between(rng, max(departed + timedelta(days=30), date(2023, 6, 1)), date(2025, 12, 31))
                last_contact = min(max(last_contact, departed + timedelta(days=30)), DATA_END)
            elif rng.random() < 0.7:
                last_contact = _between(rng, max(departed, date(2026, 7, 1)), DATA_END)
        return PlacementInput(stage, country, sector, job, agency, route, scheme, registered, departed, returned,
                              reason, last_contact, lost)

    def contract(self, sex: str, departed: date, after: date, short: float = 0.3) -> PlacementInput:
        """A contract from `departed` (registered from `after`): purna if its 4-50 months end by DATA_END."""
        rng = self.rng
        ret: date | None = departed + timedelta(days=rng.randint(120, 700) if rng.random() < short else rng.randint(700, 1500))
        stage, ret = ("aktif", None) if ret > DATA_END - timedelta(days=10) else ("purna", ret)  # type: ignore[operator]
        return self.placement(stage, sex, departed, ret, after=after)

    def again(self, sex: str, made: list[PlacementInput], share: float) -> None:
        """Now and then another contract after the last return (a second contract after 2017)."""
        last = made[-1].returned_on
        if last is None or self.rng.random() >= share:
            return
        start = max(last + timedelta(days=self.rng.randint(150, 900)), SNAP + timedelta(days=200))
        if start < DATA_END - timedelta(days=60):
            made.append(self.contract(sex, start, after=last, short=0.15))

    def plan(self, status: str, sex: str, born: date | None = None, named: bool = False):  # type: ignore[no-untyped-def]
        """Placements giving `status` on SNAP (31 Dec 2017; "baru": first abroad after it; "calon": registered
        in 2026), what followed until DATA_END, and a birth date fitting them (None if `born` cannot fit)."""
        rng = self.rng
        for _attempt in range(40):
            if status == "aktif":  # abroad on 31 Dec 2017; most have come home since, some went again
                year = int(_weighted(rng, N.AKTIF_DEPARTURE_YEARS))  # type: ignore[call-overload]
                dep = _between(rng, date(year, 1, 1), date(year, 12, 31) if year < 2017 else date(2017, 12, 20))
                made = [self.contract(sex, dep, DATA_START, short=0.05)]
                if made[0].returned_on is not None and made[0].returned_on <= SNAP:
                    made[0] = replace(made[0], returned_on=SNAP + timedelta(days=rng.randint(20, 400)))
                self.again(sex, made, 0.3)
                before, next_start = 0.25, dep
            elif status == "purna":  # home on 31 Dec 2017
                if named:  # a 2017 program participant: home before the groups began, and stayed
                    ret = _between(rng, date(2010, 1, 1), date(2016, 12, 20))
                elif rng.random() < 0.35:
                    ret = _between(rng, date(2016, 12, 1), SNAP)
                else:
                    ret = _between(rng, date(2010, 1, 1), SNAP)
                made = [self.purna(sex, ret)]
                if not named:
                    self.again(sex, made, 0.12)
                before, next_start = (0.3 if named else 0.22), made[0].departed_on
            elif status == "baru":  # first abroad after 2017
                year = int(_weighted(rng, N.NEW_DEPARTURE_YEARS))  # type: ignore[call-overload]
                dep = _between(rng, date(year, 1, 1) if year > 2018 else date(2018, 2, 1),
                               min(date(year, 12, 31), date(2026, 10, 15)))
                made = [self.contract(sex, dep, DATA_START)]
                before, next_start = 0.0, dep
            else:
                reg = _between(rng, date(2026, 3, 1), DATA_END)
                made = [self.placement("calon", sex, registered=reg)]
                before, next_start = 0.2, reg
            if rng.random() < before:  # went abroad once before
                first_reg: date = made[0].registered_on or next_start  # type: ignore[assignment]
                made.insert(0, self.purna(sex, first_reg - timedelta(days=rng.randint(90, 1200))))
            first = made[0].departed_on or made[0].registered_on
            if first is None or first < date(2008, 3, 1) or made[0].registered_on and made[0].registered_on < DATA_START:
                continue
            if born is None:
                age = rng.randint(19, 34) if sex == "P" else rng.randint(20, 40)
                return made, _born_before(rng, first, age)
            if 19 <= age_on(born, first) <= 45 and age_on(born, DATA_END) >= 19:
                return made, born
        return None

    def purna(self, sex: str, returned: date) -> PlacementInput:
        return self.placement("purna", sex, returned - timedelta(days=self.rng.randint(120, 700) if self.rng.random() < 0.3
                                                             else self.rng.randint(700, 1500)), returned)

    # ---- households ---------------------------------------------------------------------------
    def new_home(self) -> N.Home:
        dusun, rw, rt = self.rng.choice(self.rts)
        home = N.Home(dusun, rw, rt)
        self.homes.append(home)
        return home

    def couple(self, home: N.Home, wife_birth: date, wife_name: str = "", husband: N.Member | None = None) -> N.Member:
        """Husband as head (or `husband` already made) and his wife."""
        rng = self.rng
        if husband is None:
            husband = self.person("L", wife_birth - timedelta(days=rng.randint(0, 9 * 365)), "kepala", home.members)
        husband.marital = "kawin"
        wife = self.person("P", wife_birth, "istri", home.members, wife_name)
        wife.marital = "kawin"
        return wife

    def migrant_home(self, status: str, sex: str, named: bool = False) -> None:
        rng = self.rng
        name = ""
        placements, born = self.plan_any(status, sex, named=named)
        home = self.new_home()
        age = age_on(born, DATA_END)
        r = rng.random()
        if sex == "P" and not named and age < 30 and r < 0.5 or sex == "L" and age < 28 and r < 0.5:
            father = self.person("L", _born_before(rng, born, rng.randint(22, 33)), "kepala", home.members)
            mother = self.couple(home, _born_before(rng, born, rng.randint(19, 28)), husband=father)
            me = self.person(sex, born, "anak", home.members)
            self.children(home.members, mother.birth, rng.randint(0, 3))
            if age_on(father.birth, DATA_END) < 62 and rng.random() < 0.3:
                self.elder(home, father.birth)
        elif sex == "P" and rng.random() < 0.15:  # divorced or widowed, heading her own family card
            me = self.person("P", born, "kepala", home.members, name)
            me.marital = "cerai_hidup" if rng.random() < 0.7 else "cerai_mati"
            self.children(home.members, born, rng.randint(1, 3))
            if rng.random() < 0.6:  # her mother minds the children while she is away
                self.elder(home, born)
        elif sex == "P":
            me = self.couple(home, born, name)
            kids = self.children(home.members, born, rng.randint(1, 3))
            if age >= 45 and rng.random() < 0.3:
                self.married_child(home, kids)
            elif rng.random() < 0.25:
                self.elder(home, home.members[0].birth)
        else:
            me = self.person("L", born, "kepala", home.members)
            wife = self.couple(home, born + timedelta(days=rng.randint(0, 7 * 365)), husband=me)
            self.children(home.members, wife.birth, rng.randint(1, 3))
        me.placements, me.fixed = placements, True
        if placements[-1].stage == "aktif":
            me.occupation = N.OCCUPATION_ABROAD
        self.second_migrant(home)

    def second_migrant(self, home: N.Home) -> None:
        """Now and then a spouse or grown child of a migrant has gone abroad too."""
        for m in home.members:
            if m.fixed or m.rel not in ("kepala", "suami", "istri", "anak") or age_on(m.birth, DATA_END) < 20:
                continue
            if self.rng.random() >= 0.12:
                continue
            for i, (status, sex) in enumerate(self.pool):
                planned = self.plan(status, sex, born=m.birth) if sex == m.sex else None
                if planned is not None:
                    m.placements, m.fixed = planned[0], True
                    if status == "aktif":
                        m.occupation = N.OCCUPATION_ABROAD
                    del self.pool[i]
                    return

    def keluarga_home(self, sex: str) -> None:
        """A woman who never went abroad: the mother of a migrant daughter, or the wife of a migrant husband."""
        rng, name = self.rng, ""
        if sex == "P":
            placements, born = self.plan_any("aktif", "P", lambda b: age_on(b, DATA_END) <= 34)
            home = self.new_home()
            mother_birth = _born_before(rng, born, rng.randint(19, 26))
            mother = self.couple(home, mother_birth, name)
            me = self.person("P", born, "anak", home.members)
            self.children(home.members, mother.birth, rng.randint(0, 2))
        else:
            placements, born = self.plan_any("aktif", "L", lambda b: age_on(b, DATA_END) <= 50)
            home = self.new_home()
            me = self.person("L", born, "kepala", home.members)
            mother = self.couple(home, born + timedelta(days=rng.randint(0, 6 * 365)), name, husband=me)
            self.children(home.members, mother.birth, rng.randint(1, 3))
        mother.fixed = True
        me.placements, me.fixed, me.occupation = placements, True, N.OCCUPATION_ABROAD

    def plan_any(self, status: str, sex: str, fits=lambda born: True, named: bool = False):  # type: ignore[no-untyped-def]
        while True:
            planned = self.plan(status, sex, named=named)
            if planned is not None and fits(planned[1]):
                return planned

    def plain_home(self) -> None:
        rng = self.rng
        home = self.new_home()
        if rng.random() < 0.12:  # an elderly widow, sometimes with a grandchild
            widow = self.person("P", _between(rng, date(1938, 1, 1), date(1958, 12, 31)), "kepala", home.members)
            widow.marital = "cerai_mati"
            if rng.random() < 0.5:
                self.person(rng.choice("LP"), _between(rng, date(2008, 1, 1), date(2020, 12, 31)), "cucu", home.members)
            return
        wife = self.couple(home, _between(rng, date(1950, 1, 1), date(2000, 12, 31)))
        kids = self.children(home.members, wife.birth, rng.randint(0, 4))
        if age_on(wife.birth, DATA_END) >= 48 and rng.random() < 0.35:
            self.married_child(home, kids)
        elif rng.random() < 0.2:
            self.elder(home, home.members[0].birth)

    # ---- life events, numbers ----------------------------------------------------------------
    def life_events(self) -> None:
        """A few deaths, moves and births (never a migrant); the notes are stored data, in Indonesian."""
        rng = self.rng
        others = [(h, m) for h in self.homes for m in h.members if not m.fixed]
        old = [(h, m) for h, m in others if m.rel in ("orang_tua", "mertua") or age_on(m.birth, DATA_END) >= 75]
        for _h, m in rng.sample(old, 4):
            m.events.append(("meninggal", _between(rng, date(2025, 1, 1), date(2026, 10, 20)), "Meninggal dunia di rumah"))
        young = [(h, m) for h, m in others if m.rel == "anak" and 20 <= age_on(m.birth, DATA_END) <= 35]
        notes = ("Pindah ke Kab. Bekasi (bekerja)", "Ikut suami ke Kab. Temanggung", "Kuliah di Kota Semarang")
        for (_h, m), note in zip(rng.sample(young, 3), notes):
            m.events.append(("pindah_keluar", _between(rng, date(2025, 6, 1), date(2026, 10, 1)), note))
        for _h, m in rng.sample([(h, m) for h, m in others if m.rel == "menantu"], 2):
            when = _between(rng, max(m.birth + timedelta(days=21 * 365), date(2012, 1, 1)), date(2024, 12, 31))
            m.events.append(("pindah_datang", when, "Pindah dari Kab. Temanggung karena menikah"))
        abroad = {id(h) for h in self.homes for m in h.members if m.placements and m.placements[-1].stage == "aktif"}
        mothers = [(h, m) for h, m in others
                   if m.rel == "istri" and 22 <= age_on(m.birth, DATA_END) <= 36 and id(h) not in abroad]
        for h, _m in rng.sample(mothers, 3):
            baby = self.person(rng.choice("LP"), _between(rng, date(2026, 1, 1), date(2026, 10, 25)), "anak", h.members)
            baby.events.append(("lahir", baby.birth, "Lahir di Puskesmas Watumalang"))

    def numbers(self) -> None:
        """No. KK (area, registration date, serial) and NIK (area, birth date + 40 for women, serial)."""
        rng = self.rng
        kk_serial: dict[date, int] = {}
        nik_serial: dict[tuple[str, str], int] = {}
        for h in self.homes:
            youngest = max(m.birth for m in h.members)
            issued = min(DATA_END, max(youngest, date(2009, 1, 1)) + timedelta(days=rng.randint(7, 240)))
            kk_serial[issued] = kk_serial.get(issued, 0) + rng.randint(1, 9)
            h.no_kk = f"{N.NIK_AREA}{issued:%d%m%y}{kk_serial[issued]:04d}"
            for m in h.members:
                key = (f"{m.birth:%d%m%y}", m.sex)  # what the NIK shows of the birth date
                nik_serial[key] = nik_serial.get(key, 0) + rng.randint(1, 6)
                m.nik = make_nik(N.NIK_AREA, m.birth, m.sex, nik_serial[key])

    def build(self) -> list[N.Home]:
        rng = self.rng
        for status, total in TARGETS.items():
            n_named = NAMED_PURNA if status == "purna" else 0
            women = round((total - n_named) * WOMEN_SHARE[status])
            self.pool += [(status, "P")] * women + [(status, "L")] * (total - n_named - women)
        rng.shuffle(self.pool)
        for _i in range(NAMED_PURNA):
            self.migrant_home("purna", "P", named=True)
        for _i in range(KELUARGA_WOMEN):
            sex = "P" if rng.random() < 0.5 else "L"
            self.pool.remove(("aktif", sex))
            self.keluarga_home(sex)
        while self.pool:
            self.migrant_home(*self.pool.pop())
        for _i in range(PLAIN_HOUSEHOLDS):
            self.plain_home()
        rng.shuffle(self.homes)
        self.life_events()
        self.numbers()
        return self.homes


def build_demo_homes(seed: int = 2017) -> list[N.Home]:
    """The demo households, without touching any database (deterministic for a seed)."""
    return _Builder(seed).build()
