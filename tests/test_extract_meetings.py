"""Meetings as outlets name them: constructions seen in real articles,
written here in our own words about invented or varied events."""

from __future__ import annotations

import datetime as dt

import pytest

import thaidigital as td
from thaidigital.extract import extract


def _article(*paragraphs: str) -> td.Article:
    return td.Article(
        id="a1",
        title="A report",
        blocks=tuple(td.Paragraph(text=p) for p in paragraphs),
    )


def _meetings(*paragraphs: str, on: dt.date | None = None) -> list[td.Meeting]:
    return list(extract(_article(*paragraphs), reference_date=on).meetings)


def _the_meeting(headline: str, body: str) -> td.Meeting:
    """The one meeting of a page with a headline over a paragraph."""
    (meeting,) = td.extract(td.parse_article(f"{headline}\n\n{body}")).meetings
    return meeting


class TestNames:
    def test_an_acronym_in_brackets_inside_the_name(self):
        """ "… Ministers (AEM) meeting" keeps its whole name, and its series."""
        (m,) = _meetings(
            "Trade officials met at the 57th ASEAN Economic Ministers (AEM) "
            "meeting in Vientiane on 3 May 2026."
        )
        assert ("57th ASEAN Economic Ministers (AEM) meeting", "AEM", 57) == (
            m.name,
            m.series,
            m.ordinal,
        )
        assert td.MeetingKind.MINISTERIAL is m.kind

    def test_an_acronym_in_brackets_after_an_apostrophe(self):
        (m,) = _meetings(
            "A pact was on the agenda of the 57th Andes Economic Ministers’ (AEM) "
            "meeting held in Cusco, Peru, on 3 May 2026."
        )
        assert ("57th Andes Economic Ministers’ (AEM) meeting", 57, "Cusco") == (
            m.name,
            m.ordinal,
            m.place.name if m.place else None,
        )

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "Leaders met at the Andes Summit on Artificial Intelligence in "
                "Lima on 3 May 2026.",
                "Andes Summit on Artificial Intelligence",
            ),
            (
                "The Andes Summit on Monday closed with a statement.",
                "Andes Summit",
            ),
            (
                "Ministers attended the Andes Digital Ministers’ Retreat in Cusco "
                "on 3 May 2026.",
                "Andes Digital Ministers’ Retreat",
            ),
        ],
    )
    def test_names_with_a_subject_or_a_new_noun(self, text: str, name: str):
        (m,) = _meetings(text)
        assert name == m.name

    def test_two_meetings_joined_by_and(self):
        got = _meetings(
            "Officials took part in the Andes Roundtable Meeting and Conference on "
            "Smart Cities in Lima on 3 May 2026."
        )
        assert ["Andes Roundtable Meeting", "Conference on Smart Cities"] == [
            m.name for m in got
        ]

    def test_a_summit_on_a_subject_is_not_of_the_series(self):
        """ "the ASEAN Summit on Artificial Intelligence" is a meeting of its
        own, not one of the ASEAN Summits."""
        (m,) = _meetings(
            "The ASEAN Summit on Artificial Intelligence will take place in "
            "Kuala Lumpur on 12 August 2026."
        )
        assert (None, td.MeetingKind.SUMMIT) == (m.series, m.kind)

    def test_a_numbered_meeting_takes_the_acronym_it_is_given(self):
        """The series of a numbered meeting the reference data does not know is
        the acronym the text gives it; an unnumbered one has none."""
        first, second = _meetings(
            "Officials met at the 7th Meeting of the Andes Rice Committee (ARC) "
            "in Lima on 3 May 2026.",
            "They will also attend the Andes Rice Forum (ARF) in June.",
        )
        assert ("ARC", None) == (first.series, second.series)

    def test_and_and_a_bracket_inside_the_name(self):
        (m,) = _meetings(
            "The 9th Andes Transport and Information Technology (IT) Ministers "
            "Meeting (ATIMIN) was held in Lima on 4 May 2026."
        )
        assert (
            "9th Andes Transport and Information Technology (IT) Ministers Meeting",
            "ATIMIN",
            td.MeetingKind.MINISTERIAL,
        ) == (m.name, m.series, m.kind)

    def test_a_joint_commission_is_bilateral(self):
        (m,) = _meetings(
            "Ministers met at the 5th Joint Commission Meeting in Lima on 4 May 2026."
        )
        assert td.MeetingKind.BILATERAL is m.kind

    def test_consultations_are_bilateral_meetings(self):
        (m,) = _meetings(
            "Chile and Peru held their third annual consultation in Lima on "
            "Monday, 4 May 2026."
        )
        assert (td.MeetingKind.BILATERAL, 3) == (m.kind, m.ordinal)


class TestNumberedBodies:
    def test_a_numbered_council_is_its_meeting(self):
        """ "the 26th ASEAN Economic Community Council" is a meeting of the
        council, of its series and the kind the series holds."""
        (m,) = _meetings(
            "Ministers met at the 26th ASEAN Economic Community Council in "
            "Kuala Lumpur on 24 October 2026."
        )
        assert ("AECC", 26, td.MeetingKind.MINISTERIAL) == (
            m.series,
            m.ordinal,
            m.kind,
        )

    def test_a_numbered_dialogue_between_two(self):
        (m,) = _meetings(
            "The 6th Chile - Peru Strategic Dialogue was held in Lima on 5 May 2026."
        )
        assert (6, td.MeetingKind.BILATERAL) == (m.ordinal, m.kind)
        assert {"CL", "PE"} == {
            p.code for p in m.participants if isinstance(p, td.Country)
        }

    def test_the_body_itself_is_no_meeting(self):
        assert [] == _meetings(
            "The ASEAN Economic Community Council oversees the blueprint.",
            "A joint commission will study the route.",
        )


class TestIntroduced:
    def test_leaders_held_a_summit(self):
        """ "held a summit" introduces a meeting named by its noun."""
        (m,) = _meetings(
            "President Ana Rojas and Prime Minister Somchai Dee held a summit in "
            "Lima on 4 May 2026."
        )
        assert ("summit", "2026-05-04") == (
            m.name,
            str(m.when.start if m.when else None),
        )

    def test_a_placed_meeting_of_two_countries_officials(self):
        """ "during a meeting in Bangkok" between officials of two countries
        is a bilateral meeting there, with the two countries."""
        (m,) = _meetings(
            "Peru's Foreign Minister Ana Diaz and Foreign Minister Don "
            "Pramudwinai initialled the plan at a meeting in Bangkok."
        )
        assert (td.MeetingKind.BILATERAL, "Bangkok") == (
            m.kind,
            m.place.name if m.place else None,
        )
        assert {"PE", "TH"} == {
            p.code for p in m.participants if isinstance(p, td.Country)
        }

    def test_leaders_began_talks(self):
        (m,) = _meetings(
            "Peru's President Ana Diaz and Thai Prime Minister Srettha Thavisin "
            "began talks in Bangkok on 3 May 2026."
        )
        assert ("talks", td.MeetingKind.BILATERAL) == (m.name, m.kind)

    def test_an_unplaced_meeting_in_passing_is_none(self):
        assert [] == _meetings(
            "Beyond official meetings, delegates toured the old town.",
            "Our meeting was useful, she said.",
            "The minister said a meeting would be useful.",
            "Their meeting at the Peru-Chile border post was short.",
        )

    def test_a_summit_in_passing_is_none(self):
        assert [] == _meetings("A summit could help, officials said.")


class TestLaterMentions:
    def test_a_name_with_a_place_and_year_after_its_noun(self):
        (m,) = _meetings(
            "Lima will host the Andes Smart City Expo Peru 2026 (ASCEP2026) in May."
        )
        assert "Andes Smart City Expo Peru 2026" == m.name

    def test_the_short_name_and_the_acronym_are_the_same_meeting(self):
        (m,) = _meetings(
            "Lima will host the Andes Smart City Expo Peru 2026 (ASCEP2026).",
            "The Andes Smart City Expo drew crowds last time.",
            "ASCEP2026 will be held from 14 to 16 September 2026.",
            on=dt.date(2026, 5, 1),
        )
        assert ("2026-09-14", td.MeetingStatus.PLANNED) == (
            str(m.when.start) if m.when else None,
            m.status,
        )

    def test_a_short_name_of_the_words_of_a_longer_one(self):
        """ "the Andes summit" after "the Andes Cloud AI Summit Lima 2026" is
        the same meeting."""
        (m,) = _meetings(
            "The minister spoke at the Andes Cloud AI Summit Lima 2026 on 3 May 2026.",
            "At the Andes summit, he also met investors.",
        )
        assert "Andes Cloud AI Summit Lima 2026" == m.name

    def test_two_roles_joined_by_and_in_a_name(self):
        (m,) = _meetings(
            "They met at the 11th Andes Finance Ministers’ and Central Bank "
            "Governors’ Meeting in Lima on 3 May 2026."
        )
        assert (
            "11th Andes Finance Ministers’ and Central Bank Governors’ Meeting",
            11,
        ) == (m.name, m.ordinal)

    def test_a_pointer_of_a_kind_names_the_meeting_of_that_kind(self):
        """ "the ministerial meeting" after a conference named in passing is
        the ministerial meeting, and what was signed there is of it."""
        ex = extract(
            _article(
                "The deals followed the sixth Chile-Peru Economic Partnership "
                "ministerial meeting in "
                "Lima on 3 May 2026.",
                "The ministers will meet again before the Andes Climate "
                "Conference in 2027.",
                "Separately, Chile and Peru signed an MoU on the sidelines of "
                "the ministerial meeting.",
            ),
            reference_date=dt.date(2026, 5, 5),
        )
        (a,) = ex.agreements
        meeting = next(m for m in ex.meetings if m.id == a.meeting)
        assert "sixth Chile-Peru Economic Partnership ministerial meeting" == (
            meeting.name
        )


class TestPlaces:
    def test_a_city_said_later_makes_a_country_precise(self):
        (m,) = _meetings(
            "Vietnam is set to host the 3rd Mekong Digital Forum from 4 to 6 May 2026, "
            "at the Hanoi Convention Centre."
        )
        assert ("Hanoi", "VN") == ((m.place.name, m.place.country) if m.place else None)


class TestDates:
    def test_a_deadline_is_not_the_meetings_date(self):
        (m,) = _meetings(
            "The 3rd Andes Digital Forum must approve the plan by 22 December 2026."
        )
        assert m.when is None

    def test_a_date_since_is_not_the_meetings_date(self):
        (m,) = _meetings(
            "The 3rd Andes Digital Forum, held since 2011, met in Lima on 4 May 2026."
        )
        assert "2026-05-04" == str(m.when.start if m.when else None)


class TestChair:
    @pytest.mark.parametrize(
        "paragraphs",
        [
            (
                "The 3rd Andes Digital Forum met in Lima on 4 May 2026, with "
                "Minister Rojas in the chair.",
            ),
            (
                "The 3rd Andes Digital Forum met in Lima on 4 May 2026.",
                "It was chaired by Minister Rojas.",
            ),
        ],
    )
    def test_a_role_and_a_surname_are_no_chair(self, paragraphs: tuple[str, ...]):
        """ "Minister Rojas" is no person's name: the chair stays unknown."""
        (m,) = _meetings(*paragraphs)
        assert m.chair is None


class TestHeadlines:
    def _titled(self, title: str, *paragraphs: str) -> list[td.Meeting]:
        article = td.Article(
            id="a1", title=title, blocks=tuple(td.Paragraph(text=p) for p in paragraphs)
        )
        return list(extract(article).meetings)

    def test_a_headline_about_a_kind_of_meeting_adds_none(self):
        got = self._titled(
            "A short guide to the Andes digital ministers' meeting",
            "Each year the ministers sit down together to set an agenda.",
        )
        assert [] == got

    def test_a_headline_naming_a_numbered_meeting_adds_it(self):
        got = self._titled(
            "Ministers gather for the 4th Andes Digital Forum",
            "They will talk about data and online safety.",
        )
        assert ["4th Andes Digital Forum"] == [m.name for m in got]

    def test_the_articles_own_meeting_by_its_series_alone(self):
        """ "ASEAN digital ministers' meeting" in the headline of a report on
        the 3rd ADGMIN is that meeting, not another."""
        got = self._titled(
            "Manila wraps up first face-to-face ASEAN digital ministers' meeting",
            "The 3rd ASEAN Digital Ministers' Meeting ended on Friday in Boracay.",
        )
        assert [("ADGMIN", 3)] == [(m.series, m.ordinal) for m in got]


class TestParticipants:
    def test_two_countries_in_the_name(self):
        """ "the 4th Chile-Peru Joint Commission Meeting" is bilateral, and
        the two countries are its participants."""
        (m,) = _meetings(
            "Officials met at the 4th Chile-Peru Joint Commission Meeting in "
            "Lima on 5 May 2026."
        )
        assert td.MeetingKind.BILATERAL is m.kind
        assert {"CL", "PE"} == {
            p.code for p in m.participants if isinstance(p, td.Country)
        }

    def test_a_description_of_members_is_no_attendance(self):
        """ "ministers of Chile, Peru and Bolivia" describing a series, in a
        sentence that neither names nor dates a meeting, adds no participants;
        "attended by" does."""
        (m,) = _meetings(
            "The 3rd Andes Digital Forum met in Lima on 4 May 2026.",
            "Each year the series hosts ministers of Chile, Peru and Bolivia.",
            "Payments are open to participating banks in Ecuador.",
        )
        assert () == m.participants
        (m,) = _meetings(
            "The 3rd Andes Digital Forum met in Lima on 4 May 2026.",
            "The forum is an annual meeting of ministers of Chile, Peru and Bolivia.",
        )
        assert () == m.participants
        (m,) = _meetings(
            "The 3rd Andes Digital Forum met in Lima on 4 May 2026.",
            "It was attended by ministers of Chile and Peru.",
        )
        assert {"CL", "PE"} == {
            p.code for p in m.participants if isinstance(p, td.Country)
        }

    def test_a_country_and_a_group_are_not_a_pair(self):
        (m,) = _meetings("Leaders met at the Japan-ASEAN special summit in Tokyo.")
        assert td.MeetingKind.SUMMIT is m.kind
        assert () == m.participants


class TestTense:
    def test_dates_after_the_article_make_a_meeting_planned(self):
        (m,) = _meetings(
            "The 3rd Andes Digital Forum took place in Lima on 14 September 2026.",
            on=dt.date(2026, 9, 1),
        )
        assert td.MeetingStatus.PLANNED is m.status

    def test_dates_around_the_article_make_it_ongoing(self):
        (m,) = _meetings(
            "The 3rd Andes Digital Forum took place in Lima on 14-16 September 2026.",
            on=dt.date(2026, 9, 15),
        )
        assert td.MeetingStatus.ONGOING is m.status

    def test_words_win_over_dates(self):
        """A status the text states is kept: "to be held" stays planned, though
        the article is dated after the meeting."""
        (m,) = _meetings(
            "The 3rd Andes Digital Forum, to be held in Lima on 14 September "
            "2026, will open with a keynote.",
            on=dt.date(2026, 10, 1),
        )
        assert td.MeetingStatus.PLANNED is m.status

    def test_a_leader_who_will_co_chair_it_makes_it_planned(self):
        (m,) = _meetings(
            "The prime minister arrived in Lima, where she will co-chair the "
            "2nd Chile-Peru Joint Cabinet Meeting."
        )
        assert td.MeetingStatus.PLANNED is m.status

    def test_dates_before_the_article_keep_it_held(self):
        (m,) = _meetings(
            "The 3rd Andes Digital Forum took place in Lima on 14 September 2026.",
            on=dt.date(2026, 10, 1),
        )
        assert td.MeetingStatus.HELD is m.status


class TestVisits:
    """A visit is a bilateral meeting when its visitor or destination is
    attached to the noun; "the visit" then points back at it."""

    def test_a_possessive_visit_to_a_country(self):
        (m,) = _meetings(
            "Prime Minister Paetongtarn Shinawatra welcomed Peru's foreign "
            "minister on her first official visit to Thailand on Monday.",
            "Officials said the visit would deepen trade ties.",
        )
        assert ("official visit", td.MeetingKind.BILATERAL, None) == (
            m.name,
            m.kind,
            m.ordinal,
        )
        assert m.place is not None
        assert m.place.country == "TH"
        assert {p.code for p in m.participants if isinstance(p, td.Country)} == {
            "TH",
            "PE",
        }

    def test_a_visit_by_a_leader_named_with_a_country(self):
        """ "the visit of New Zealand's prime minister to Bangkok": both
        countries the sentence names are its sides."""
        (m,) = _meetings(
            "During the visit of the Chilean Prime Minister to Bangkok, Chile "
            "and Thailand agreed to double trade by 2030."
        )
        assert {p.code for p in m.participants if isinstance(p, td.Country)} == {
            "CL",
            "TH",
        }

    def test_visits_in_passing_are_none(self):
        """Plural, upcoming or detached visits name no meeting."""
        assert [] == _meetings(
            "Both sides expect more high-level visits next year.",
            "She spoke of the princess's upcoming trip to Singapore in January.",
            "Tourists visit Chiang Mai every winter.",
        )

    def test_a_visit_whose_sides_are_not_given_is_none(self):
        """ "this visit to the company's campus" is no meeting of two sides."""
        assert [] == _meetings(
            "This visit to the Andes Cloud campus continues the talks, the "
            "minister said."
        )

    def test_a_first_visit_is_not_numbered(self):
        (m,) = _meetings(
            "Chile's president ended his first state visit to Thailand on 3 May 2026."
        )
        assert (None, "state visit") == (m.ordinal, m.name)

    def test_a_plans_period_is_not_the_visits_date(self):
        """A range of whole years ("between 2022 and 2026") is a period, not
        when a meeting met."""
        (m,) = _meetings(
            "During Peru's president's visit to Thailand, the two sides signed "
            "a joint action plan on cooperation between 2022 and 2026."
        )
        assert m.when is None


class TestVisitsNamedAfterTheTrip:
    """ "will visit Lima on Monday for an official visit": the visit is to the
    place the sentence's subject goes to before "for a … visit"."""

    def test_for_an_official_visit(self):
        (visit,) = _meetings(
            "President of Chile Rosa Vidal is scheduled to visit Peru on Monday "
            "for an official visit.",
            on=dt.date(2031, 5, 2),
        )
        assert (visit.name, visit.kind.value, visit.status.value) == (
            "official visit",
            "bilateral",
            "planned",
        )
        assert visit.place is not None
        assert visit.place.country == "PE"

    def test_a_visit_with_no_place_before_it_is_no_meeting(self):
        assert _meetings("The minister went home for a short visit.") == []


class TestSigningDays:
    def test_a_date_after_signed_is_the_signings(self):
        """ "signed two MoUs on 18 October during the … meeting": the day is
        the agreements', not the meeting's, which the text does not date."""
        got = extract(
            _article(
                "The governors of the central banks of Peru and Chile signed two "
                "MoUs on 18 October 2031 during the Pacific Finance Forum in Lima."
            )
        )
        assert [m.when for m in got.meetings] == [None]
        assert {str(a.date) for a in got.agreements} == {"2031-10-18"}

    def test_a_meeting_named_between_keeps_the_date(self):
        (meeting,) = _meetings(
            "The MoU was signed at the 5th ASEAN Digital Ministers' Meeting on "
            "16 January 2025."
        )
        assert meeting.when is not None
        assert str(meeting.when.start) == "2025-01-16"


class TestNumberedSittings:
    def test_a_numbered_sitting_with_none_before_it(self):
        (meeting,) = _meetings(
            "President Ana Diaz led a delegation to attend the third annual "
            "consultation between the two governments in Lima."
        )
        assert (meeting.name, meeting.ordinal) == ("third annual consultation", 3)

    def test_a_numbered_meeting_of_a_body(self):
        (meeting,) = _meetings(
            "The 4th meeting of the Peru-Chile Joint Commission on trade will "
            "take place in Lima on Friday."
        )
        assert meeting.name == "4th meeting of the Peru-Chile Joint Commission"
        assert meeting.ordinal == 4

    def test_the_next_numbered_sitting_of_the_series_in_focus(self):
        """ "the fifth annual meeting" after "the fourth annual meeting of the
        ASCN" is the fifth of that series, not the fourth again."""
        fourth, fifth = _meetings(
            "Officials spoke at the fourth annual meeting of the ASEAN Smart "
            "Cities Network on Monday.",
            "They discussed the fifth annual meeting slated for November.",
            on=dt.date(2031, 6, 2),
        )
        assert (fourth.ordinal, fifth.ordinal) == (4, 5)
        assert fifth.series == fourth.series == "ASCN"
        assert fifth.status.value == "planned"


class TestOneMeetingManyWordings:
    def test_related_meetings_are_the_meetings_own(self):
        (meeting,) = _meetings(
            "The 12th Andean Trade Ministers’ Meeting and Related Meetings "
            "opened in Lima on Monday."
        )
        assert meeting.ordinal == 12

    def test_a_numbered_body_named_two_ways(self):
        meeting = _the_meeting(
            "The 9th Meeting of the Joint Commission on Trade Cooperation "
            "between Peru and Chile",
            "The foreign ministers co-chaired the 9th Joint Commission on "
            "Trade Cooperation between Peru and Chile in Lima on 3 May 2031.",
        )
        assert meeting.ordinal == 9
        assert "Joint Commission on Trade Cooperation" in meeting.name

    def test_a_headline_names_it_otherwise_on_the_same_subject(self):
        meeting = _the_meeting(
            "The Peru-Andes Bilateral Meeting on Port Cooperation",
            "The Informal Meeting on Port Cooperation, gathering officials of "
            "Peru and the Andes states, was held in Lima on 15 May 2031.",
        )
        assert meeting.when is not None

    def test_inaugural_is_the_first_and_the_headline_names_it(self):
        """ "hold first meeting under new name" over "their inaugural Andes
        Digital Ministers' Meeting": one meeting, number 1."""
        meeting = _the_meeting(
            "Andes ministers hold first meeting under new name",
            "LIMA, Jan 22 -- Digital ministers wrapped up their inaugural Andes "
            "Digital Ministers' Meeting this evening.",
        )
        assert meeting.ordinal == 1

    def test_meetings_of_a_kind_are_no_meeting(self):
        """ "consultations including Foreign Ministers' meetings": a kind of
        meeting; a numbered one is one."""
        assert (
            _meetings(
                "Peru and Chile cooperate through consultations between their "
                "foreign ministries, including Foreign Ministers' meetings."
            )
            == []
        )
        (meeting,) = _meetings("The 5th Andes Ministers' meetings closed in Lima.")
        assert meeting.ordinal == 5

    def test_an_owner_is_not_in_the_name(self):
        """ "AI’s 10th Andes Forum" is the 10th Andes Forum; "the Council’s
        meeting" keeps its owner, all the name it has."""
        meeting = _the_meeting(
            "AI’s 10th Andes Forum looks to digital trade",
            "The Andes Institute (AI) opened the 10th Andes Forum in Lima on "
            "3 May 2031.",
        )
        assert meeting.name == "10th Andes Forum"
        (meeting,) = _meetings(
            "Ministers attended the Andes Council’s meeting in Lima on 3 May 2031."
        )
        assert meeting.name == "Andes Council’s meeting"

    def test_a_headline_without_the_and_a_body_with_an_acronym(self):
        """ "hold 4th meeting of Joint Commission on …" over "the fourth
        meeting of the Peru-Chile Joint Commission on … (JCTC)": one
        meeting, its name whole in both."""
        meeting = _the_meeting(
            "Peru, Chile hold 4th meeting of Joint Commission on Trade Cooperation",
            "The two foreign ministers co-chaired the fourth meeting of the "
            "Peru-Chile Joint Commission on Trade Cooperation (JCTC), held "
            "online on 19 November 2031.",
        )
        assert meeting.ordinal == 4
        assert meeting.name.endswith("Joint Commission on Trade Cooperation")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Andes Smart City Week opened in Lima.", "Andes Smart City Week", "expo"),
        (
            "Ministers spoke at the 2031 Global Space Convention in Lima.",
            "2031 Global Space Convention",
            "conference",
        ),
    ],
)
def test_a_capitalised_name_ending_in_week_or_convention(
    text: str, name: str, kind: str
):
    (meeting,) = _meetings(text)
    assert (meeting.name, meeting.kind.value) == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry will announce the plan next week.",
        # A people's congress is a legislature, not a meeting of one.
        "The Lima Municipal People's Congress signed an MoU with Quito.",
        # A venue named after what it hosts.
        "The MoU was signed at the Lima International Convention and Exhibition "
        "Center on Monday.",
    ],
)
def test_no_meeting(text: str):
    assert _meetings(text) == []


def test_an_officials_possessive_gives_a_visits_side():
    """ "during Widodo's trip to Laos": the official named in full before
    (a reference officeholder) is his country's side of the trip."""
    names = {
        (
            m.name,
            tuple(sorted(p.code for p in m.participants if isinstance(p, td.Country))),
        )
        for m in _meetings(
            "President Joko Widodo and Prime Minister Sonexay Siphandone held talks "
            "in Jakarta.",
            "They recalled what was agreed during Widodo's trip to Laos in March.",
        )
    }
    assert ("trip", ("ID", "LA")) in names


def test_a_summit_of_two_countries_leaders_is_bilateral():
    (meeting,) = _meetings(
        "The leaders of Indonesia and Laos attended a summit in Jakarta on Monday."
    )
    assert meeting.kind.value == "bilateral"


class TestMeetingsWithoutAName:
    def test_a_meeting_the_story_brings(self):
        """ "During a meeting with …", the first meeting told of: a record of
        its own, dated and placed as the sentence says."""
        (m,) = _meetings(
            "During a meeting in Hanoi on 4 March 2026 with Laos's president, "
            "Cambodia's president proposed a joint port authority."
        )
        assert (m.name, m.status) == ("meeting", td.MeetingStatus.HELD)
        assert m.place is not None
        assert m.place.name == "Hanoi"
        assert m.when is not None
        assert m.when.start == td.PartialDate(year=2026, month=3, day=4)

    @pytest.mark.parametrize(
        "text",
        [
            "Ana Diaz said today's meeting in Lima on 4 March 2031 would shape ties.",
            "The two sides also held an extensive meeting attended by officials.",
        ],
    )
    def test_a_possessive_or_a_word_before_the_noun(self, text: str):
        (m,) = _meetings(text)
        assert m.name == "meeting"

    def test_one_to_come(self):
        (m,) = _meetings(
            "A meeting led by the prime minister will be held by the national "
            "ports board on 22 May 2026."
        )
        assert m.status is td.MeetingStatus.PLANNED

    @pytest.mark.parametrize(
        "text",
        [
            "He told a news conference in Lima on Monday that exports rose.",
            "Peru's president meeting Chile's president in Lima on Monday.",
        ],
    )
    def test_no_meeting_of_ours(self, text: str):
        """A news conference is none; "meeting" as a verb names none."""
        assert _meetings(text) == []

    def test_a_name_given_in_the_next_sentence_is_its_name(self):
        (m,) = _meetings(
            "Andean officials reported progress during a meeting on 6-7 May "
            "2026 in Lima.",
            "Delegates from every member took part in the 3rd Andean Ports "
            "Roundtable Meeting.",
        )
        assert (m.name, m.ordinal) == ("3rd Andean Ports Roundtable Meeting", 3)
        assert m.when is not None
        assert m.when.start == td.PartialDate(year=2026, month=5, day=6)

    def test_a_meeting_to_come_is_another(self):
        """A past meeting, then one to come: two meetings."""
        got = _meetings(
            "Andean officials reported progress during a meeting on 6 May "
            "2026 in Lima.",
            "They will meet again at the 4th Andean Ports Roundtable Meeting.",
        )
        assert len(got) == 2

    def test_a_pointer_under_a_headline_that_names_it(self):
        """ "The meeting took note of …" under a headline naming the 12th
        Andes-Peru Forum: that forum, not a second meeting."""
        article = td.parse_article(
            "The 12th Andes-Peru Forum held online today reaffirmed the "
            "commitments of both sides to closer ties\n\n"
            "The meeting took note of the progress made since the 2019 review."
        )
        got = extract(article).meetings
        assert [(m.name, m.ordinal) for m in got] == [("12th Andes-Peru Forum", 12)]


class TestReviewedEdges:
    @pytest.mark.parametrize(
        "text",
        [
            "A report\n\nDuring a meeting on 6-7 June in Lima, officials reported "
            "progress. Delegates took part in the Andes Roundtable Meeting (ARM). "
            "ARM agreed on a plan.",
            "(JCBC) November,\n\nASCN Meeting and ASCN Roundtable (JCBC)",
        ],
    )
    def test_an_acronym_of_a_meeting_named_later_or_dropped(self, text: str):
        """No internal error escapes: the acronym names the meeting under
        the key it is kept under."""
        extract(td.parse_article(text))

    def test_two_series_with_the_same_number_stay_two(self):
        got = _meetings(
            "The 3rd Andes Digital Ministers' Meeting (ADMM) was held in Lima on "
            "10 May 2031. Separately, the 3rd Andes Energy Ministers' Meeting will "
            "be held in Quito."
        )
        assert len(got) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The ministers agreed that a meeting should be held next year in Lima.",
        "He said on 3 May 2031 he did not want a meeting with the opposition.",
    ],
)
def test_a_wished_for_meeting_is_none(text: str):
    assert _meetings(text) == []


def test_a_summit_of_two_named_leaders_is_bilateral_with_both_sides():
    """A summit the report names with a leader of each side is bilateral,
    and its two countries are its participants."""
    (meeting,) = _meetings(
        "Japan's Prime Minister Taro Sato held a summit with Thai Prime Minister "
        "Somchai Wong in Osaka on Friday."
    )
    assert meeting.kind is td.MeetingKind.BILATERAL
    assert {p.code for p in meeting.participants if isinstance(p, td.Country)} == {
        "JP",
        "TH",
    }


def test_a_country_adjective_is_no_venue_of_a_bilateral_meeting():
    (meeting,) = _meetings(
        "Japan's Prime Minister Taro Sato held a summit with Thai Prime Minister "
        "Somchai Wong on Friday.",
        "Sato asked for more Japanese investment in Thai railway projects.",
    )
    assert meeting.place is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prime Minister Somchai Wong chaired a meeting of the National Data "
            "Committee at Government House.",
            "meeting of the National Data Committee",
        ),
        (
            "The plan moves ahead after a key meeting of the National Digital "
            "Economy Committee (DE Board).",
            "meeting of the National Digital Economy Committee",
        ),
    ],
)
def test_a_sitting_of_a_named_body_without_a_number(text: str, name: str):
    """ "a meeting of the <body>" is a meeting of its own, numbered or not."""
    (meeting,) = _meetings(text)
    assert meeting.name == name


def test_talks_on_the_sidelines_leave_the_summit_as_it_is():
    """Two leaders who talk on the sidelines of a summit do not make the
    summit their bilateral meeting."""
    (meeting,) = _meetings(
        "Japan's Prime Minister Taro Sato and Thai Prime Minister Somchai Wong "
        "talked on the sidelines of a special summit with ASEAN leaders in Osaka "
        "on Monday."
    )
    assert meeting.kind is td.MeetingKind.SUMMIT


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The fourth session of the Peru-Chile Strategic Dialogue was held in "
            "Lima on 30 June 2022.",
            "fourth session of the Peru-Chile Strategic Dialogue",
        ),
        (
            "The 3rd session of the Andean Digital Forum opened in Lima.",
            "3rd session of the Andean Digital Forum",
        ),
    ],
)
def test_a_numbered_session_of_a_named_meeting(text: str, name: str):
    (meeting,) = _meetings(text)
    assert meeting.name == name
    assert meeting.ordinal in (3, 4)


def test_a_numbered_session_of_nothing_named_is_no_meeting():
    assert _meetings("The second session of the conference discussed data.") == []


def test_a_visit_that_names_one_side_takes_the_other_from_its_agreements():
    """ "Peru and Chile signed …" then "during President X's state visit in
    Chile": the visit's sides are Peru and Chile."""
    visits = [
        m
        for m in _meetings(
            "Peru and Chile signed a memorandum of understanding on digital "
            "trade, the ministry said on Friday.",
            "The MoU, inked on 4 January during President Ana Diaz's state "
            "visit in Chile, was one of ten agreements.",
        )
        if m.name == "state visit"
    ]
    (visit,) = visits
    assert {p.code for p in visit.participants if isinstance(p, td.Country)} == {
        "PE",
        "CL",
    }


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "The third session of the United Kingdom-Peru Policy Dialogue took "
            "place in Lima.",
            {"GB", "PE"},
        ),
        (
            "Officials attended the Second Meeting of Chile-Viet Nam Joint Expert "
            "Group on Tuesday.",
            {"CL", "VN"},
        ),
    ],
)
def test_two_countries_of_several_words_in_a_meeting_s_name(text: str, codes: set[str]):
    (meeting,) = _meetings(text)
    assert meeting.kind is td.MeetingKind.BILATERAL
    assert {p.code for p in meeting.participants if isinstance(p, td.Country)} == codes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Fifth Meeting of the Peru – Chile High Level Joint Commission was "
            "held on 11 August 2021.",
            "Fifth Meeting of the Peru – Chile High Level Joint Commission",
        ),
        (
            "The two ministers met at the 7th Joint Commission for Trade "
            "Cooperation between Peru and Chile, an official said.",
            "7th Joint Commission for Trade Cooperation between Peru and Chile",
        ),
    ],
)
def test_a_spaced_dash_or_between_inside_a_meeting_s_name(text: str, name: str):
    (meeting,) = _meetings(text)
    assert meeting.name == name
    assert {p.code for p in meeting.participants if isinstance(p, td.Country)} == {
        "PE",
        "CL",
    }


def test_officials_meet_at_the_bilateral_meeting_not_the_summit_around_it():
    meetings = {
        m.name: m
        for m in _meetings(
            "On Sunday Prime Minister Anutin Charnvirakul had a bilateral meeting "
            "with Japan's Prime Minister Taro Sato during the 47th ASEAN Summit "
            "in Kuala Lumpur."
        )
    }
    bilateral = meetings["bilateral meeting"]
    assert {p.code for p in bilateral.participants if isinstance(p, td.Country)} == {
        "TH",
        "JP",
    }
    assert meetings["47th ASEAN Summit"].participants == ()


def test_a_bilateral_meeting_without_its_sides_takes_the_article_s_pair():
    """ "Peru and Chile agreed …" then "during the bilateral talks between
    two officials": the talks are Peru's and Chile's."""
    (talks,) = _meetings(
        "Peru and Chile agreed on Wednesday to work on a digital cooperation package.",
        "This was reached during the bilateral talks in Lima between two ministers.",
    )
    assert {p.code for p in talks.participants if isinstance(p, td.Country)} == {
        "PE",
        "CL",
    }


def test_an_article_of_several_pairs_gives_no_sides():
    (talks,) = _meetings(
        "Peru and Chile agreed on Wednesday to work on a digital package, as "
        "Japan and Korea did last year.",
        "This was reached during the bilateral talks in Lima between two ministers.",
    )
    assert talks.participants == ()


def test_a_working_group_meeting_is_working_level():
    (meeting,) = _meetings(
        "Delegates attended the 12th Andes Telecommunications Working Group "
        "meeting in Lima on 3 May 2026."
    )
    assert meeting.kind is td.MeetingKind.WORKING_LEVEL
