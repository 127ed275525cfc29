"""Smart-city programmes as outlets report them, in our own words."""

from __future__ import annotations

import thaidigital as td
from thaidigital.extract import extract


def _programs(*paragraphs: str) -> list[td.SmartCityProgram]:
    article = td.Article(
        id="a1",
        title="A report",
        blocks=tuple(td.Paragraph(text=p) for p in paragraphs),
    )
    return list(extract(article).programs)


class TestNationalProgramme:
    def test_certification_names_the_programme_without_its_name(self):
        """ "granted the smart city logo" in a Thai article is the national
        programme at work."""
        (p,) = _programs(
            "Thailand's digital agency depa has granted the smart city logo to "
            "Nan and renewed it for nine other cities."
        )
        assert ("Smart City Thailand", td.ProgramScope.NATIONAL) == (p.name, p.scope)

    def test_not_outside_thailand(self):
        assert [] == _programs(
            "Chile has granted the smart city logo to Valparaiso this week."
        )

    def test_smart_cities_alone_are_no_programme(self):
        assert [] == _programs("Thai smart cities need better buses, critics say.")


class TestPillars:
    def test_a_lower_case_list_after_its_cue(self):
        (p,) = _programs(
            "Thailand's depa has granted the smart city logo to Nan, which must "
            "work in five dimensions: economy, mobility, energy, people and "
            "environment."
        )
        assert ("economy", "mobility", "energy", "people", "environment") == p.pillars

    def test_a_dimension_word_inside_a_name_is_no_pillar(self):
        (p,) = _programs(
            "Thailand's depa has granted the smart city logo to Nan, the Digital "
            "Economy and Society Minister said."
        )
        assert () == p.pillars

    def test_a_long_list_is_read_in_linear_time(self):
        text = (
            "Thailand's depa has granted the smart city logo to Nan in "
            "dimensions: " + "economy, " * 20_000 + "and mobility."
        )
        (p,) = _programs(text)
        assert ("economy", "mobility") == p.pillars


class TestLocalProgrammes:
    def test_a_citys_own_smart_city_project(self):
        """ "the Khon Kaen Smart City project" is the city's programme, with
        the city as its member."""
        (p,) = _programs(
            "Investors backed the Khon Kaen Smart City project, which opened a "
            "bus line in 2019."
        )
        assert ("Khon Kaen Smart City", td.ProgramScope.LOCAL) == (p.name, p.scope)
        assert [("Khon Kaen", "TH", td.MembershipStatus.MEMBER)] == [
            (m.place.name, m.place.country, m.status) for m in p.members
        ]

    def test_a_country_or_a_bare_smart_city_is_no_citys_programme(self):
        assert [] == _programs(
            "Peru Smart City projects drew investors.",
            "Officials said Khon Kaen is a smart city now.",
        )


def test_the_network_as_outlets_that_write_asean_print_it():
    (program,) = _programs(
        "Singapore will keep shepherding the Asean Smart Cities Network."
    )
    assert program.name == "ASEAN Smart Cities Network"
