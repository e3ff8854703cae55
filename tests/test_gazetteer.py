"""The administrative units, in the three states the documents speak of."""

import pytest

from language import gazetteer

RESOLVE = [
    # (kind, name, province, date) -> (era, province of the unit)
    ("thị xã", "Cửa Lò", "Nghệ An", "2024-02-04", gazetteer.OLD, "Nghệ An"),
    ("xã", "Tiên Lãng", "Hải Phòng", "2025-08-11", gazetteer.REFORMED, "Hải Phòng"),
    ("xã", "Hưng Tây", "Nghệ An", "2024-02-06", gazetteer.OLD, "Nghệ An"),
    ("tỉnh", "Gia Lai", None, "2023-12-29", gazetteer.OLD, "Gia Lai"),
    ("tỉnh", "Khánh Hòa", None, "2021-03-24", gazetteer.OLD, "Khánh Hòa"),
    ("thành phố", "Hải Phòng", None, "2025-03-01", gazetteer.LEGACY, "Hải Phòng"),
]


def test_all_three_states_are_there():
    eras = {u.era for u in gazetteer.units()}
    assert eras == {gazetteer.OLD, gazetteer.LEGACY, gazetteer.REFORMED}, (
        f"missing {gazetteer.old_data_path()} (make setup installs it)")
    provinces = {e: sum(u.level == "province" and u.era == e for u in gazetteer.units()) for e in eras}
    assert provinces == {gazetteer.OLD: 63, gazetteer.LEGACY: 63, gazetteer.REFORMED: 34}


@pytest.mark.parametrize("kind,name,province,date,era,in_province", RESOLVE)
def test_resolve(kind, name, province, date, era, in_province):
    u = gazetteer.resolve(kind, name, province, date)
    assert u is not None and (u.era, u.province, u.name) == (era, in_province, name)


def test_members_and_ancestors():
    cua_lo = gazetteer.resolve("thị xã", "Cửa Lò", "Nghệ An", "2024-01-01")
    wards = gazetteer.members(cua_lo, ("phường",))
    assert len(wards) == 7
    assert [a.label for a in gazetteer.ancestors(wards[0])] == ["thị xã Cửa Lò", "tỉnh Nghệ An"]


def test_ambiguous_name_resolves_to_nothing():
    # several communes named "Tân Lập" in one old province: never a guess
    assert gazetteer.resolve("xã", "Tân Lập", None, "2020-01-01") is None
