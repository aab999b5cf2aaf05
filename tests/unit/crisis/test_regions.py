"""Impacted regions: ISO 3166 codes checked against the standard, and what they cover."""

from __future__ import annotations

from trustdesk.crisis.regions import coverage, parse_regions, region_name


def test_codes_are_normalised_and_repeats_dropped() -> None:
    codes, problems = parse_regions(" ph-ceb,PH_BOH  PH-CEB; vn ")
    assert codes == ["PH-CEB", "PH-BOH", "VN"]
    assert problems == []


def test_codes_outside_iso_3166_are_named() -> None:
    codes, problems = parse_regions("PH-XYZ, ZZ, PHL, PH-CEB")
    assert codes == ["PH-CEB"]
    assert problems == [
        "'PH-XYZ' is not an ISO 3166-2 subdivision code (such as 'PH-CEB')",
        "'ZZ' is not an ISO 3166-1 country code (such as 'PH')",
        "'PHL' is not an ISO 3166-1 country code (such as 'PH')",
    ]


def test_a_country_covers_its_subdivisions_but_a_subdivision_not_its_country() -> None:
    whole_country = coverage(["PH"])
    one_province = coverage(["PH-CEB"])
    assert whole_country.covers("PH", "PH-CEB")
    assert whole_country.covers("PH", None)
    assert one_province.covers("PH", "PH-CEB")
    assert not one_province.covers("PH", None)
    assert not one_province.covers("PH", "PH-BOH")


def test_a_region_covers_the_provinces_below_it() -> None:
    central_visayas = coverage(["PH-07"])
    assert central_visayas.covers("PH", "PH-CEB")
    assert central_visayas.covers("PH", "PH-BOH")
    assert not central_visayas.covers("PH", "PH-LEY")


def test_region_names_come_from_the_standard() -> None:
    assert region_name("PH-CEB") == "Cebu, Philippines"
    assert region_name("PH") == "Philippines"
