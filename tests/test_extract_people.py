"""People and their roles as outlets write them: constructions seen in real
articles, written here in our own words about invented people."""

from __future__ import annotations

import time

import pytest

import thaidigital as td
from thaidigital.extract import extract


def _roles(*paragraphs: str) -> dict[str, str | None]:
    article = td.Article(
        id="a1",
        title="A report",
        blocks=tuple(td.Paragraph(text=p) for p in paragraphs),
    )
    return {p.name: p.role for p in extract(article).people}


class TestRoleBefore:
    def test_two_officials_joined_by_and(self):
        """The second official's role does not swallow the first official."""
        roles = _roles(
            "Fisheries Minister Somsak Wongdee and Chile's Mining Minister "
            "Ana Rojas signed the plan."
        )
        assert "Chile's Mining Minister" == roles["Ana Rojas"]
        assert "Fisheries Minister" == roles["Somsak Wongdee"]

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            # The country, possessive or adjective, is part of the role as
            # the text states it.
            (
                "Peru’s Deputy Prime Minister Ana Rojas opened the forum.",
                "Ana Rojas",
                "Peru’s Deputy Prime Minister",
            ),
            (
                "Chilean Premier Rosa Vidal opened the forum.",
                "Rosa Vidal",
                "Chilean Premier",
            ),
            # A noun before "of" is not the role unless it heads one.
            (
                "During the visit of Peru's Chief Executive Ana Rojas to Lima, "
                "trade grew.",
                "Ana Rojas",
                "Peru's Chief Executive",
            ),
        ],
    )
    def test_the_role_as_written(self, text: str, name: str, role: str):
        assert role == _roles(text)[name]

    def test_a_lower_case_role_after_a_name(self):
        roles = _roles(
            "Lab director Kanya Srisuk and deputy director Malee Thongdee met."
        )
        assert "deputy director" == roles["Malee Thongdee"]

    def test_a_verb_before_the_role_is_not_in_it(self):
        roles = _roles("The plan was signed between Trade Minister Ana Rojas and us.")
        assert "Trade Minister" == roles["Ana Rojas"]

    def test_an_acronym_inside_the_role(self):
        roles = _roles(
            "The country’s Science and Ocean (SO) Minister, Ana Rojas, spoke first."
        )
        assert "Science and Ocean (SO) Minister" == roles["Ana Rojas"]

    def test_the_article_before_the_role(self):
        roles = _roles("The PM met with the Chilean President, Ana Rojas, on Monday.")
        assert "Chilean President" == roles["Ana Rojas"]


class TestRoleAfter:
    def test_the_sentence_goes_on(self):
        roles = _roles(
            "Ana Rojas, chief engineer of the Andes Space Agency said the work "
            "would start soon."
        )
        assert "chief engineer of the Andes Space Agency" == roles["Ana Rojas"]

    def test_what_the_person_did_is_not_the_role(self):
        roles = _roles(
            "Ana Rojas, Permanent Secretary for Foreign Affairs co-chaired the "
            "2nd Chile-Peru Dialogue with Pedro Soto."
        )
        assert "Permanent Secretary for Foreign Affairs" == roles["Ana Rojas"]

    def test_another_person_follows(self):
        roles = _roles(
            "The letter was signed by Mr. Somsak Wongdee, Minister of Fisheries "
            "and Dr. Ana Rojas of the agency."
        )
        assert "Minister of Fisheries" == roles["Somsak Wongdee"]

    def test_the_offices_acronym_at_the_end(self):
        roles = _roles(
            "Ana Rojas, Secretary General of the Andes Corridor Office (ACO), "
            "opened the forum."
        )
        assert "Secretary General of the Andes Corridor Office" == roles["Ana Rojas"]


class TestNames:
    def test_a_hyphenated_given_name(self):
        roles = _roles("Andes Institute president Chang Wei-lin signed the MoU.")
        assert "Chang Wei-lin" in roles

    def test_a_body_before_the_name(self):
        roles = _roles(
            "The MoU was signed by Customs Department Somchai Dee, "
            "director-general of the department."
        )
        assert "Somchai Dee" in roles
        assert "Customs Department Somchai Dee" not in roles

    def test_an_acronym_or_head_word_before_the_name(self):
        roles = _roles(
            "ASA chief executive Ana Rojas and President and CEO of Andes Group "
            "Pedro Soto spoke. ASA Ana Rojas thanked Group Pedro Soto."
        )
        assert {"Ana Rojas", "Pedro Soto"} <= set(roles)
        assert not {"ASA Ana Rojas", "Group Pedro Soto"} & set(roles)


@pytest.mark.usefixtures("untraced")
def test_long_runs_of_officials_read_in_linear_time():
    """Thousands of 'Minister A B and' in one sentence: each role walk is
    bounded, so the sentence costs its length, not its square."""
    text = "Minister Somsak Wongdee and " * 16_000 + "Minister Ana Rojas met."
    article = td.Article(id="a1", title="A report", blocks=(td.Paragraph(text=text),))
    started = time.perf_counter()
    extract(article)
    assert time.perf_counter() - started < 30


class TestNoPersonWords:
    @pytest.mark.parametrize(
        "text",
        [
            "Dr Anan Suk, Dean of the Pacific College, spoke.",
            "Somsri Dee, Head of the Private Sector Team, spoke.",
            "Lee Hana, President of the firm’s Southeast Asia Region, spoke.",
            "Guests gathered in the Lima University Auditorium with Director Ana Diaz.",
            "The leaders heard the secretary-general of the United Nations.",
            "It drew the president of the Republic of Peru and Member States.",
            "Ana Diaz, President of Andes Asia-Pacific, spoke.",
            "Senior Deputy Foreign Minister, SOM Leader of Peru, spoke.",
        ],
    )
    def test_a_body_a_unit_or_a_place_is_no_one(self, text: str):
        names = set(_roles(text))
        assert not names & {
            "Pacific College",
            "Sector Team",
            "Private Sector Team",
            "Southeast Asia Region",
            "Lima University Auditorium",
            "United Nations",
            "Member States",
            "Asia-Pacific",
            "Andes Asia-Pacific",
            "SOM Leader",
        }

    def test_a_portfolio_ends_the_role(self):
        roles = _roles(
            "Peru's Minister of Foreign Affairs Ana Diaz met her Chilean "
            "counterpart in Lima."
        )
        assert roles == {"Ana Diaz": "Peru's Minister of Foreign Affairs"}


def test_a_portfolio_for_and_a_spokeswoman():
    roles = _roles(
        "Chile’s Minister for Trade and Industry Rosa Vidal met the press.",
        "Government deputy spokeswoman Malee Suk said on Tuesday.",
    )
    assert roles == {
        "Rosa Vidal": "Chile’s Minister for Trade and Industry",
        "Malee Suk": "Government deputy spokeswoman",
    }


class TestRolesOutletsWrite:
    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            (
                "Pacific Forum secretary-general Ana Maria Diaz said so.",
                "Ana Maria Diaz",
                "Pacific Forum secretary-general",
            ),
            (
                "Chilean Prime Minister Jean-Paul Rojas arrived.",
                "Jean-Paul Rojas",
                "Chilean Prime Minister",
            ),
            (
                "The Thai Ambassador to Peru Malee Suk said so.",
                "Malee Suk",
                "Thai Ambassador to Peru",
            ),
            (
                "Chinese state councilor Li Wei said so.",
                "Li Wei",
                "Chinese state councilor",
            ),
            (
                "DILG Undersecretary Ramon L. Cruz said so.",
                "Ramon L. Cruz",
                "DILG Undersecretary",
            ),
            (
                "President Ana Diaz met the Prime Minister of Peru, Jean-Paul Rojas, on Monday.",
                "Jean-Paul Rojas",
                "Prime Minister of Peru",
            ),
        ],
    )
    def test_role_before_the_name(self, text: str, name: str, role: str):
        assert _roles(text)[name] == role

    def test_to_after_a_verb_is_no_role(self):
        assert _roles("They handed it to Minister Anan Suk.") == {
            "Anan Suk": "Minister"
        }


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Peru's Minister Ana Diaz and her Chilean counterpart Rosa Vidal "
            "signed the document.",
            "Rosa Vidal",
            "Chilean counterpart",
        ),
        ("Crown Prince Luis Rojas welcomed the plan.", "Luis Rojas", "Crown Prince"),
        ("Lima Mayor Rosa Vidal opened the centre.", "Rosa Vidal", "Lima Mayor"),
        (
            "Peru's Minister Luis bin Amer Al-Rojas signed it.",
            "Luis bin Amer Al-Rojas",
            "Peru's Minister",
        ),
        (
            "Chile's Minister Ana Lucia do Carmo da Silva attended.",
            "Ana Lucia do Carmo da Silva",
            "Chile's Minister",
        ),
        (
            "Andes Commission President Rosa von der Vidal met them.",
            "Rosa von der Vidal",
            "Andes Commission President",
        ),
        (
            "Crown Prince Luis Ana Rosa Diaz bin Rojas spoke.",
            "Luis Ana Rosa Diaz",
            "Crown Prince",
        ),
    ],
)
def test_counterparts_princes_and_mayors(text: str, name: str, role: str):
    assert _roles(text)[name] == role


class TestRanksUnitsAndAcronyms:
    def test_a_rank_is_the_roles_not_the_names(self):
        roles = _roles(
            "Senior Minister General Rosa Vidal said so.",
            "Air Chief Marshal Luis Rojas, Deputy Prime Minister, met them.",
        )
        assert set(roles) == {"Rosa Vidal", "Luis Rojas"}

    def test_academic_titles_are_no_part_of_the_name(self):
        roles = _roles(
            "Associate Professors Ana Diaz and Rosa Vidal attended the ceremony."
        )
        assert "Ana Diaz" in roles
        assert not any(name.startswith("Professor") for name in roles)

    @pytest.mark.parametrize(
        "text",
        [
            "Deputy Prime Minister Luis Rojas will chair the APEC MRT on Friday.",
            "Chairman of the Board Luis Rojas opened the Meeting Digital panel.",
            "The Deputy Consul General of the Royal Thai Consulate-General spoke.",
        ],
    )
    def test_acronyms_meetings_and_consulates_are_no_one(self, text: str):
        assert not set(_roles(text)) & {
            "APEC MRT",
            "Meeting Digital",
            "Consul General",
            "Royal Thai Consulate-General",
        }


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Science Minister Dr Ana Rojas opened the forum.",
            "Ana Rojas",
            "Science Minister",
        ),
        (
            "It was held with Deputy Prime Minister Dr. Somchai Wongdee, Science "
            "Minister Dr. Anan Rojsiri, and Mr. Li Wei of the company.",
            "Somchai Wongdee",
            "Deputy Prime Minister",
        ),
        (
            "It was held with Deputy Prime Minister Dr. Somchai Wongdee, Science "
            "Minister Dr. Anan Rojsiri, and Mr. Li Wei of the company.",
            "Anan Rojsiri",
            "Science Minister",
        ),
        ("HRH Crown Prince Ana Rojas witnessed it.", "Ana Rojas", "Crown Prince"),
    ],
)
def test_a_title_before_a_name_is_no_part_of_the_role(text: str, name: str, role: str):
    """The role stands before the name's titles and ends with them."""
    assert _roles(text)[name] == role


def test_a_role_after_a_name_ends_before_together_with():
    roles = _roles(
        "Ana Rojas, Vice President of Lima University together with Professor "
        "Somsak Wongdee, welcomed the delegation."
    )
    assert roles["Ana Rojas"] == "Vice President of Lima University"
