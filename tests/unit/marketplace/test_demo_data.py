"""The demo marketplace's reference tables and pure helpers."""

from __future__ import annotations

import re
from random import Random
from zoneinfo import ZoneInfo

import pytest

from trustdesk.marketplace import demo_data
from trustdesk.marketplace.demo_data import (
    CATEGORY_SHARES,
    COUNTRIES,
    COUNTRY_BY_CODE,
    NAME_POOLS,
    SUBCATEGORIES,
    SUBCATEGORY_BY_NAME,
    ascii_slug,
    contract_number,
    email_address,
    feminine_surname,
    hourly_rate_cents,
    mix64,
    person_name,
    phone_number,
    profile_key,
)

PLAYBOOK_CATEGORIES = {
    "Web, Mobile & Software Dev",
    "Design & Creative",
    "Writing",
    "Admin Support",
    "Customer Service",
    "Sales & Marketing",
    "Translation",
    "Accounting & Consulting",
    "Data Science & Analytics",
    "Engineering & Architecture",
    "IT & Networking",
    "Legal",
}


def test_every_region_is_an_iso_subdivision_of_its_country_with_a_real_time_zone() -> None:
    seen = set()
    for country in COUNTRIES:
        assert re.fullmatch(r"[A-Z]{2}", country.code)
        assert country.regions
        for region in country.regions:
            assert re.fullmatch(rf"{country.code}-[A-Z0-9]{{1,3}}", region.code), region.code
            assert len(region.code) <= 8  # the accounts.region column
            assert region.code not in seen
            seen.add(region.code)
            assert region.cities
            assert ZoneInfo(region.timezone)
            assert region.weight > 0


def test_the_typhoon_provinces_and_a_neighbour_outside_them_exist() -> None:
    philippines = {region.code for region in COUNTRY_BY_CODE["PH"].regions}
    assert {"PH-CEB", "PH-BOH", "PH-LEY", "PH-SLE", "PH-ILI", "PH-00"} <= philippines


def test_freelancers_come_from_everywhere_and_clients_mostly_from_rich_markets() -> None:
    freelancers = {c.code: c.freelancer_share for c in COUNTRIES}
    clients = {c.code: c.client_share for c in COUNTRIES}
    top_freelancers = sorted(freelancers, key=freelancers.__getitem__, reverse=True)[:3]
    assert top_freelancers == ["US", "IN", "PH"]
    english_speaking = clients["US"] + clients["GB"] + clients["CA"] + clients["AU"]
    assert english_speaking / sum(clients.values()) > 0.6
    required = [
        "US",
        "IN",
        "PH",
        "PK",
        "UA",
        "BD",
        "GB",
        "NG",
        "EG",
        "KE",
        "BR",
        "AR",
        "MX",
        "CO",
        "VN",
        "ID",
        "RS",
        "PL",
        "CA",
        "AU",
        "DE",
        "FR",
        "ES",
    ]
    assert set(required) <= set(freelancers)


def test_every_country_names_its_people_from_known_pools() -> None:
    for country in COUNTRIES:
        assert country.names
        for pool, weight in country.names:
            assert pool in NAME_POOLS
            assert weight > 0
        assert abs(sum(country.english) - 1) < 1e-9


def test_categories_cover_the_marketplace_with_skills_jobs_and_rates() -> None:
    assert set(CATEGORY_SHARES) == PLAYBOOK_CATEGORIES
    assert {sub.category for sub in SUBCATEGORIES} == PLAYBOOK_CATEGORIES
    assert len(SUBCATEGORY_BY_NAME) == len(SUBCATEGORIES)
    for sub in SUBCATEGORIES:
        assert len(sub.skills) >= 3, sub.name
        assert len(set(sub.skills)) == len(sub.skills), sub.name
        assert sub.jobs
        assert all(
            title and deliverable.startswith(("the ", "this ")) for title, deliverable in sub.jobs
        )
        assert sub.profile_titles
        assert 0 < sub.hourly_share < 1
        assert sub.rate_usd > 0
        assert sub.budget_usd > 0


def test_rates_follow_the_country_and_never_fall_below_the_minimum() -> None:
    web = SUBCATEGORY_BY_NAME["Web Development"]
    data_entry = SUBCATEGORY_BY_NAME["Data Entry & Transcription Services"]
    us, philippines = COUNTRY_BY_CODE["US"], COUNTRY_BY_CODE["PH"]
    assert hourly_rate_cents(web, us, 1.0) == 5500
    assert hourly_rate_cents(web, philippines, 1.0) < hourly_rate_cents(web, us, 1.0)
    assert hourly_rate_cents(data_entry, philippines, 0.5) == 300
    assert hourly_rate_cents(web, us, 1.04) % 100 == 0  # whole dollars


def test_polish_surnames_take_the_feminine_form() -> None:
    assert feminine_surname("Kowalski") == "Kowalska"
    assert feminine_surname("Zieliński") == "Zielińska"
    assert feminine_surname("Nowak") == "Nowak"


def test_person_names_are_drawn_from_the_pool_and_repeat_with_the_seed() -> None:
    pool = NAME_POOLS["filipino"]
    names = [person_name("filipino", Random(3)) for _ in range(2)]
    assert names[0] == names[1]
    first, last = names[0]
    assert first in pool.male + pool.female
    assert last in pool.last


def test_ascii_slug_folds_accents_and_spaces() -> None:
    assert ascii_slug("Łukasz Dąbrowski") == "lukasz.dabrowski"
    assert ascii_slug("Dela Cruz") == "dela.cruz"
    assert ascii_slug("O'Sullivan") == "osullivan"
    assert ascii_slug("Md. Rakibul", "_") == "md_rakibul"


def test_account_emails_use_reserved_domains_only() -> None:
    addresses = {email_address("María", "García", number) for number in range(12)}
    for address in addresses:
        local, domain = address.split("@")
        assert domain in {"example.com", "example.net", "example.org"}
        assert local.startswith("maria.garcia")
    assert len(addresses) > 3


@pytest.mark.parametrize("code", ["US", "PH", "IN", "GB", "KE", "BR"])
def test_phone_numbers_are_e164_in_the_country_format(code: str) -> None:
    country = COUNTRY_BY_CODE[code]
    number = phone_number(country, Random(1))
    assert number.startswith(country.phone_prefix)
    assert re.fullmatch(r"\+\d{8,15}", number)
    assert len(number) == len(country.phone_prefix) + len(country.phone_pattern)
    if code == "US":
        assert number[5:10] == "55501"  # the fictional 555-01xx range


def test_identifiers_are_distinct_and_shaped_like_the_marketplace() -> None:
    ids = range(1, 50_001)
    assert len({mix64(i) for i in ids}) == len(ids)
    numbers = {contract_number(i) for i in ids}
    assert len(numbers) == len(ids)
    assert all(re.fullmatch(r"[1-9]\d{8}", n) for n in numbers)
    key = profile_key("~01", 42, 7)
    assert re.fullmatch(r"~01[0-9a-f]{16}", key)
    assert key == profile_key("~01", 42, 7)
    assert key != profile_key("~01", 43, 7)


def test_background_contact_sharing_templates_name_their_placeholders() -> None:
    for template in demo_data.BACKGROUND_CONTACT_SHARING:
        assert template.format(phone="+1", email="a@b.c", handle="h")
