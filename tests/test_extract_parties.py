"""Who signs: organisations by their shape, and agreements merged across sentences.

The sentences are our own, written in the constructions real outlets use
(see ``tests/extraction/real/``), about invented or varied events.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import thaidigital as td
from thaidigital.extract import extract
from thaidigital.extract._parties import Defined, parties
from thaidigital.extract._text import entities, tokens
from thaidigital.models import Country, Organization


def _found(text: str) -> list[tuple[str, object]]:
    words = tokens(text)
    return [
        (text[p.start : p.end], p.party)
        for p in parties(text, words, entities(text, words), Defined())
    ]


def _orgs(text: str) -> list[Organization]:
    return [p for _, p in _found(text) if isinstance(p, Organization)]


def _article(*paragraphs: str) -> td.Article:
    return td.Article(
        id="a1",
        title="A report",
        blocks=tuple(td.Paragraph(text=p) for p in paragraphs),
    )


def _article_agreements(*paragraphs: str) -> tuple[td.Agreement, ...]:
    return extract(_article(*paragraphs)).agreements


def _parties_of(*paragraphs: str) -> list[list[str]]:
    return [
        sorted(p.code if isinstance(p, Country) else p.name for p in agreement.parties)
        for agreement in extract(_article(*paragraphs)).agreements
    ]


class TestShapes:
    def test_and_inside_a_name(self):
        """ "Science and Technology" is one name; "NBTC and …" is two."""
        orgs = _orgs(
            "The Peruvian Science and Technology Research Council (PSTRC) "
            "met officials."
        )
        assert [
            ("Peruvian Science and Technology Research Council", "PE", "PSTRC")
        ] == [(o.name, o.country, o.acronym) for o in orgs]
        orgs = _orgs("NBTC and Kenya Communications Authority officials met.")
        assert {"Kenya Communications Authority"} <= {o.name for o in orgs}

    def test_a_bank_named_for_its_country_and_its_governor(self):
        """ "Bank Negara Malaysia Governor X": the bank, then a person."""
        orgs = _orgs(
            "Bank Indonesia Governor Budi Santoso and Bank Negara Malaysia "
            "Governor Aziz Rahman met."
        )
        assert [("Bank Indonesia", "ID"), ("Bank Negara Malaysia", "MY")] == [
            (o.name, o.country) for o in orgs
        ]

    def test_no_leading_article(self):
        orgs = _orgs("ETDA and the Lisbon Innovation Agency (LIA) met on Monday.")
        assert "Lisbon Innovation Agency" in [o.name for o in orgs]

    def test_role_in_front_of_an_institution(self):
        """The dean's college is named; a minister's portfolio is not."""
        orgs = _orgs("The Dean of the Faculty of Marine Robotics spoke first.")
        assert ["Faculty of Marine Robotics"] == [o.name for o in orgs]
        orgs = _orgs("The Minister of Tourism and Sports Society spoke first.")
        assert [] == orgs

    def test_possessive_of_two_words(self):
        orgs = _orgs("South Korea’s Office of Trade and Investment Promotion agreed.")
        assert [("Office of Trade and Investment Promotion", "KR")] == [
            (o.name, o.country) for o in orgs
        ]

    def test_bracket_inside_a_name(self):
        orgs = _orgs(
            "Thailand’s Siam Harbour (SH) Group and Acme (Thailand) Limited agreed."
        )
        assert [
            ("Siam Harbour Group", "SH", "TH"),
            ("Acme (Thailand) Limited", None, "TH"),
        ] == [(o.name, o.acronym, o.country) for o in orgs]

    def test_a_list_inside_a_ministry_name(self):
        """Commas inside a ministry's portfolio list, closed by "and"."""
        orgs = _orgs(
            "Chile’s Ministry of Energy, Mining, Water and Forests and "
            "Thailand’s Ministry of Higher Education, Science, Research and "
            "Innovation signed a letter."
        )
        assert [
            ("Ministry of Energy, Mining, Water and Forests", "CL"),
            ("Ministry of Higher Education, Science, Research and Innovation", "TH"),
        ] == [(o.name, o.country) for o in orgs]

    def test_an_open_list_is_not_a_name(self):
        orgs = _orgs("The Ministry of Energy, Thailand, Laos spoke.")
        assert ["Ministry of Energy"] == [o.name for o in orgs]

    def test_a_country_adjective_describes_or_names(self):
        """ "Thai Ministry of …" is the ministry; "Indian Council of …" keeps
        the adjective, which is part of its name."""
        orgs = _orgs(
            "The Thai Ministry of Energy and the Indian Council of Solar Research met."
        )
        assert [
            ("Ministry of Energy", "TH"),
            ("Indian Council of Solar Research", "IN"),
        ] == [(o.name, o.country) for o in orgs]

    def test_a_meeting_is_not_an_organisation(self):
        orgs = _orgs("They met at the 3rd Meeting of the Joint Committee on Rice.")
        assert [] == orgs


class TestDeals:
    def test_signed_by_takes_the_listed_parties_only(self):
        got = _parties_of(
            "Two memoranda were signed by the Chilean and the Thai governments "
            "at the 2nd Meeting of the Joint Committee between Chile and Peru."
        )
        assert [["CL", "TH"]] == got

    def test_partners_after_with_stop_at_the_list(self):
        """Countries named later in the clause are not more partners."""
        got = _parties_of(
            "The Lisbon Innovation Agency (LIA) signed a memorandum of "
            "understanding with the Peruvian Space Authority (PSA) on exchanges "
            "of experts between Portuguese and Peruvian laboratories."
        )
        assert [["Lisbon Innovation Agency", "Peruvian Space Authority"]] == got

    def test_countries_then_organisations_are_one_agreement(self):
        """A headline by countries and a body by organisations: one record,
        its parties the organisations."""
        got = _parties_of(
            "Thailand and Chile sign MoU on seismic data",
            "The MoU between the Thai Seismic Data Association and the "
            "Chilean Geophysics Network Association would let them share data.",
        )
        assert [
            ["Chilean Geophysics Network Association", "Thai Seismic Data Association"]
        ] == got

    def test_the_deal_names_the_parties_of_an_earlier_mou(self):
        got = _parties_of(
            "The Chilean and Thai space agencies signed a memorandum of "
            "understanding on Friday.",
            "The Chilean Space Council (CSC) and Thailand’s Geo-Informatics "
            "Promotion Agency (GPA) inked the deal in Bangkok.",
        )
        assert [["Chilean Space Council", "Geo-Informatics Promotion Agency"]] == got

    def test_an_organisation_and_a_country_both_sign(self):
        """A Thai regulator and a country: the country is not dropped
        because the other side is an organisation."""
        got = _parties_of(
            "Thailand's NBTC and Peru's telecom regulator signed an MoU on spectrum."
        )
        assert [
            ["National Broadcasting and Telecommunications Commission", "PE"]
        ] == got

    def test_a_deal_is_new_the_deal_is_not(self):
        got = _parties_of(
            "The Lisbon Innovation Agency (LIA) inked a deal with the Peruvian "
            "Space Authority (PSA) on satellites."
        )
        assert [["Lisbon Innovation Agency", "Peruvian Space Authority"]] == got

    def test_an_acronym_a_country_owns(self):
        """ "Chile's CSIN" is an agency of Chile; "Chile's GDP" names none."""
        got = _parties_of(
            "Chile's CSIN and Peru's OSIPT renewed their MoU on spectrum."
        )
        assert [["CSIN", "OSIPT"]] == got
        assert [] == _orgs("Chile's GDP grew while Peru's SMEs waited.")

    def test_an_agency_of_a_country_after_its_acronym(self):
        got = _parties_of(
            "The Andes Space Council (ASC) of Peru and Chile's Mining Council "
            "signed an agreement."
        )
        assert [["Andes Space Council", "Mining Council"]] == got
        (agreement,) = extract(
            _article(
                "The Andes Space Council (ASC) of Peru and Chile's Mining Council "
                "signed an agreement."
            )
        ).agreements
        assert {"PE", "CL"} == {
            p.country for p in agreement.parties if isinstance(p, Organization)
        }

    def test_a_known_agency_of_a_country_then_a_late_cue(self):
        """ "the MoU between <agency> of Thailand and <corporation> signed in
        2023": the country is the agency's, and the cue after a long pair of
        names still gives the status."""
        (agreement,) = extract(
            _article(
                "Leaders urged deeper ties through the Memorandum of Understanding "
                "(MoU) between Digital Economy Promotion Agency of Thailand and the "
                "Andes Digital Economy Development Corporation signed in 2023."
            )
        ).agreements
        assert td.AgreementStatus.SIGNED is agreement.status
        assert [("Digital Economy Promotion Agency", "TH")] == [
            (p.name, p.country)
            for p in agreement.parties
            if isinstance(p, Organization) and p.name.startswith("Digital")
        ]

    def test_a_cabinet_approving_the_signing(self):
        (agreement,) = extract(
            _article("The Chilean cabinet approved the signing of an MoU with Peru.")
        ).agreements
        assert td.AgreementStatus.APPROVED is agreement.status

    def test_three_signers_each_with_their_officer(self):
        got = _parties_of(
            "Bank Indonesia Governor Budi Santoso, Bank Negara Malaysia Governor "
            "Aziz Rahman, and Bank of Thailand Governor Somchai Dee inked the "
            "memoranda of understanding in Jakarta."
        )
        assert [["Bank Indonesia", "Bank Negara Malaysia", "Bank of Thailand"]] == got

    def test_countries_by_their_press_names(self):
        assert [["AE", "TH"]] == _parties_of(
            "The UAE and Thailand are expected to sign an agreement on tourism."
        )

    @pytest.mark.parametrize(
        "text",
        [
            "Chile and Peru are expected to ink a deal on copper next week.",
            "An MoU between Chile and Peru will be signed next month.",
            "Chile and Peru are due to sign an agreement on fisheries.",
        ],
    )
    def test_a_hedged_signing_is_proposed(self, text: str):
        (a,) = extract(_article(text)).agreements
        assert td.AgreementStatus.PROPOSED is a.status

    def test_two_countries_ministries_of_one_name(self):
        """Chile's and Peru's "Ministry of Commerce" are two parties."""
        (a,) = _article_agreements(
            "Chile's Ministry of Commerce and Peru's Ministry of Commerce have "
            "agreed to sign a memorandum on e-commerce."
        )
        assert [("Ministry of Commerce", "CL"), ("Ministry of Commerce", "PE")] == [
            (p.name, p.country) for p in a.parties if isinstance(p, Organization)
        ]

    @pytest.mark.parametrize(
        "noun", ["12 cooperation documents", "an accord", "a protocol"]
    )
    def test_other_agreement_nouns(self, noun: str):
        (a,) = _article_agreements(f"Chilean and Peruvian officials signed {noun}.")
        assert td.AgreementKind.OTHER is a.kind

    def test_the_day_of_the_signing(self):
        """The one day the sentence of a signing gives is the agreement's;
        not a deadline, and not the day of a signing still to come."""
        (signed,) = _article_agreements(
            "Chile and Peru inked an MoU on mining on 18 October 2026."
        )
        (deadline,) = _article_agreements(
            "Chile and Peru signed an MoU to map the border by 1 May 2027."
        )
        (planned,) = _article_agreements(
            "Chile and Peru will sign an MoU on mining on 18 October 2026."
        )
        assert ("2026-10-18", None, None) == (
            str(signed.date),
            deadline.date,
            planned.date,
        )

    def test_only_the_partner_named(self):
        """ "The cabinet approved a draft MoU with Peru": one side is named,
        and it is the only party; "the agreement … with" a member refers back
        and makes none."""
        (a,) = extract(
            _article(
                "The cabinet on Tuesday approved a draft memorandum of "
                "understanding on mining with Peru."
            )
        ).agreements
        assert (td.AgreementStatus.APPROVED, (Country(code="PE"),)) == (
            a.status,
            a.parties,
        )
        assert () == _article_agreements(
            "The agreement, signed in Lima, is the sixth with an Andean Community "
            "member country."
        )

    def test_an_agreement_reached_between_two(self):
        assert [["CL", "TH"]] == _parties_of(
            "An agreement on digital trade was reached between Thailand and Chile."
        )

    def test_a_titled_agreement_with_and_in_its_name(self):
        """ "the Chile-Peru Partnership and Cooperation Agreement (PCA)" is
        one titled agreement, signed by the two."""
        (a,) = _article_agreements(
            "Chile and Peru have signed the Chile-Peru Partnership and Cooperation "
            "Agreement (PCA) to boost trade."
        )
        assert ("Chile-Peru Partnership and Cooperation Agreement", ["CL", "PE"]) == (
            a.title,
            sorted(p.code for p in a.parties if isinstance(p, Country)),
        )

    def test_who_signed_a_named_document(self):
        """A titled document two countries signed has them as parties; one a
        meeting adopted does not gain the meeting's members."""
        (a,) = extract(
            _article(
                "Chile and Peru signed the Andes Digital Partnership Roadmap on Monday."
            )
        ).agreements
        assert ("Andes Digital Partnership Roadmap", ["CL", "PE"]) == (
            a.title,
            sorted(p.code for p in a.parties if isinstance(p, Country)),
        )

    def test_one_mou_with_two_partners_is_one_agreement(self):
        """ "an MoU with A and B" is one agreement of three; "MoUs with A and
        B" one with each."""
        assert [["BO", "CL", "PE"]] == _parties_of(
            "Chile signed an MoU with Peru and Bolivia on lithium."
        )
        assert [["CL", "PE"], ["BO", "CL"]] == _parties_of(
            "Chile signed MoUs with Peru and Bolivia on lithium."
        )

    def test_three_countries_in_a_list(self):
        assert [["BO", "CL", "PE"]] == _parties_of(
            "Chile, Peru and Bolivia signed an MoU on lithium."
        )

    def test_the_deal_alone_makes_nothing(self):
        got = _parties_of(
            "The Chilean Space Council and the Kenya Space Agency inked the deal."
        )
        assert [] == got

    def test_organisations_of_other_countries_stay_apart(self):
        got = _parties_of(
            "Thailand signed an MoU with Chile on mining.",
            "Peru’s Mining Council signed an MoU with Laos’s Mining Authority.",
        )
        assert [["CL", "TH"], ["Mining Authority", "Mining Council"]] == got


class TestPairReference:
    def test_the_two_sides_are_the_last_pair(self):
        ex = extract(
            _article(
                "Chile's president arrived in Lima on Monday.",
                "Chile signed an MoU with Peru on mining.",
                "Both countries also approved an action plan on ports.",
            )
        )
        assert [("mou", ["CL", "PE"]), ("action_plan", ["CL", "PE"])] == [
            (a.kind.value, sorted(p.code for p in a.parties if isinstance(p, Country)))
            for a in ex.agreements
        ]

    def test_both_statesmen_of_a_joint_commission(self):
        """ "Both statesmen will also sign a MOU": the two countries of the
        bilateral meeting in focus, and a signing still to come."""
        (a,) = _article_agreements(
            "The 20th Chile – Peru Joint Commission will be held in Lima.",
            "Both statesmen will also sign a MOU on a friendship centre.",
        )
        assert (td.AgreementStatus.PROPOSED, ["CL", "PE"]) == (
            a.status,
            sorted(p.code for p in a.parties if isinstance(p, Country)),
        )

    def test_no_pair_before_names_no_one(self):
        """The MoU is reported; with no pair before, its sides stay unknown."""
        (agreement,) = extract(
            _article("The two sides signed an MoU on mining.")
        ).agreements
        assert agreement.parties == ()


def _package(lead: str, *items: str) -> td.Extraction:
    """A lead paragraph, the heading "The MoUs are:" and one item per MoU."""
    blocks: tuple[td.Paragraph | td.Heading | td.ListItem, ...] = (
        td.Paragraph(text=lead),
        td.Heading(text="The MoUs are:"),
        *(td.ListItem(text=item) for item in items),
    )
    return extract(td.Article(id="a1", title="A report", blocks=blocks))


class TestPackages:
    def _listed(self) -> td.Extraction:
        return _package(
            "The leaders of Chile and Peru signed three memoranda of "
            "understanding between the two countries on Monday.",
            "An MoU on port data between Chile's Customs Service and "
            "Peru's Port Authority.",
            "An MoU between the Andes Export Bank of Chile (AEX Bank) "
            "and the Peru Chamber of Commerce to promote trade.",
        )

    def test_each_listed_agreement_is_its_own_with_the_packages_status(self):
        got = [
            (
                a.status.value,
                sorted(getattr(p, "name", None) or p.code for p in a.parties),
            )
            for a in self._listed().agreements
        ]
        assert ("signed", ["CL", "PE"]) in got
        assert ("signed", ["Customs Service", "Port Authority"]) in got
        assert (
            "signed",
            ["Andes Export Bank of Chile", "Peru Chamber of Commerce"],
        ) in got
        assert 3 == len(got)

    def test_a_listed_agreement_is_no_topic(self):
        assert all(a.topics == () for a in self._listed().agreements)

    def test_items_told_apart_by_ordinal(self):
        """ "signed four agreements … The first MoC …, while the second …":
        one record per item, with the package's parties and status, and no
        record for the package itself."""
        got = _article_agreements(
            "Chile and Peru signed four cooperation agreements in Lima on Monday.",
            "The first Memorandum of Cooperation concerned fisheries, while the "
            "second agreed to twin Cusco and Arica.",
            "The third agreement covered mining, and the fourth was a Letter of "
            "Intent on a border bridge.",
        )
        assert ["moc", "other", "other", "other"] == [a.kind.value for a in got]
        assert all(
            (a.status.value, sorted(p.code for p in a.parties))
            == ("signed", ["CL", "PE"])
            for a in got
        )

    def test_items_listed_as_nouns(self):
        got = _article_agreements(
            "Chile and Peru on Monday signed several agreements.",
            "Among them were an MoU on water, an MoU on language teaching and "
            "an MoU on trade.",
            "Chile and Peru also signed a cooperation agreement on railways.",
        )
        assert ["mou", "mou", "mou", "other"] == [a.kind.value for a in got]

    def test_a_count_that_points_back_makes_no_new_package(self):
        """ "the three agreements were signed, the first of them between A and
        B": the package read before keeps its items, and the third, never
        told apart, stays a record of its own."""
        got = _article_agreements(
            "Chile has signed three MoUs with Peru during the visit.",
            "Officials said the three agreements were signed on Monday, the first "
            "of them between Chile's Ministry of Mining and Peru's Geology "
            "Agency.",
            "The second MoU is an agreement on fisheries.",
        )
        assert sorted(
            sorted(getattr(p, "name", None) or p.code for p in a.parties) for a in got
        ) == [["CL", "PE"], ["CL", "PE"], ["Geology Agency", "Ministry of Mining"]]

    def test_the_signers_of_the_item_spoken_of_last(self):
        """ "The second MoU is … The MoU was signed by A and B": A and B sign
        the second item, not the package, and the third keeps the countries."""
        got = _article_agreements(
            "Chile has signed three MoUs with Peru during the visit.",
            "The first MoU is an agreement on fisheries.",
            "The second MoU is an agreement on ports.",
            "The MoU was signed by representatives from Chile's Port Authority "
            "and Peru's Port Agency.",
            "In the third MoU Chile and Peru agree to share weather data.",
        )
        assert [
            ["CL", "PE"],
            ["Port Agency", "Port Authority"],
            ["CL", "PE"],
        ] == [
            sorted(getattr(p, "name", None) or p.code for p in a.parties) for a in got
        ]

    def test_an_ordinal_that_is_no_item(self):
        """ "for the first time" names no item of a package."""
        got = _article_agreements(
            "Chile and Peru signed two agreements on Monday.",
            "It was the first time the two had met since 2019.",
        )
        assert 1 == len(got)

    def test_an_item_that_names_only_its_parties(self):
        """ "▪ Between A and B on …" under "The MoUs are:" is one of the
        package's MoUs, and the item's later sentences (who signed) are not
        topics of the package."""
        ex = _package(
            "The leaders of Chile and Peru co-chaired the signing of two MoUs "
            "between the two countries on Monday.",
            "Between Chile's Ministry of Mining and Peru's Geology Agency on "
            "shared mapping. Minister Rosa Vidal signed for Chile.",
        )
        got = {
            (
                a.kind.value,
                a.status.value,
                tuple(sorted(getattr(p, "name", None) or p.code for p in a.parties)),
                a.topics,
            )
            for a in ex.agreements
        }
        assert ("mou", "signed", ("Geology Agency", "Ministry of Mining"), ()) in got
        assert not any("signed for" in t for *_, topics in got for t in topics)

    def test_an_acronym_of_two_words(self):
        orgs = _orgs("The Andes Export Bank of Chile (AEX Bank) met.")
        assert [("Andes Export Bank of Chile", "AEX Bank")] == [
            (o.name, o.acronym) for o in orgs
        ]

    def test_a_country_in_brackets_is_no_acronym(self):
        orgs = _orgs("The Ministry of Posts and Telecoms (Lao PDR) met.")
        assert [None] == [o.acronym for o in orgs]


class TestTopics:
    def test_later_sentence_gives_the_only_agreements_topics(self):
        ex = extract(
            _article(
                "The Chilean Space Council (CSC) and the Kenya Space Agency (KSA) "
                "signed a memorandum of understanding on Monday.",
                "Under the MoU, engineers from both agencies will work in areas "
                "such as orbit tracking, ground stations, etc.",
            )
        )
        assert [("orbit tracking", "ground stations")] == [
            a.topics for a in ex.agreements
        ]

    def test_another_kind_of_document_is_not_the_agreement(self):
        ex = extract(
            _article(
                "The Chilean Space Council and the Kenya Space Agency signed a "
                "memorandum of understanding on Monday.",
                "The action plan covers areas such as orbit tracking.",
            )
        )
        assert [()] == [a.topics for a in ex.agreements]

    @pytest.mark.parametrize(
        ("text", "topics"),
        [
            (
                "Chile and Peru signed an MoU to cooperate in various fields, "
                "including mining, fisheries and tourism.",
                ("mining", "fisheries", "tourism"),
            ),
            (
                "Chile and Peru signed an MoU. The MoU is to look at various "
                "areas, including mining, fisheries and tourism.",
                ("mining", "fisheries", "tourism"),
            ),
            (
                "Chile and Peru signed an MoU on areas like port data and "
                "maritime cooperation on Thursday (Feb 9).",
                ("port data", "maritime cooperation"),
            ),
            (
                "Chile and Peru signed an MoU covering ports, data and fisheries "
                "on 9 February 2023.",
                ("ports", "data", "fisheries"),
            ),
            (
                "Chile and Peru signed an MoU that covers three major areas: "
                "mapping the border with satellites; sharing port data; and "
                "training customs officers.",
                (
                    "mapping the border with satellites",
                    "sharing port data",
                    "training customs officers",
                ),
            ),
        ],
    )
    def test_topic_lists_as_outlets_write_them(
        self, text: str, topics: tuple[str, ...]
    ):
        (a,) = _article_agreements(text)
        assert topics == a.topics

    def test_a_qualifying_part_is_not_a_topic(self):
        (a,) = _article_agreements(
            "Chile and Peru signed an MoU covering digital economy investment, "
            "particularly in the northern corridor, and mining."
        )
        assert ("digital economy investment", "mining") == a.topics

    def test_a_listed_topic_without_its_join(self):
        """ "▪ … researchers; and" is the topic without "; and"."""
        article = td.Article(
            id="a1",
            title="A report",
            blocks=(
                td.Paragraph(
                    text="Chile and Peru signed a memorandum of understanding on "
                    "Monday."
                ),
                td.Paragraph(text="The Chilean memorandum covers these areas:"),
                td.ListItem(text="Joint research on mining; and"),
                td.ListItem(text="Exchanges of researchers."),
            ),
        )
        (a,) = extract(article).agreements
        assert ("Joint research on mining", "Exchanges of researchers") == a.topics

    def test_the_first_mou_is_no_meeting(self):
        ex = extract(_article("The first MOU is an agreement to promote research."))
        assert () == ex.meetings

    def test_a_date_is_not_a_topic(self):
        ex = extract(
            _article(
                "Officials from Chile and Kenya signed an MoU on space cooperation "
                "on Tuesday."
            )
        )
        assert [()] == [a.topics for a in ex.agreements]

    def test_a_lead_taken_as_the_title_is_read_first(self):
        """A page without a headline line gets its lead as title; later
        sentences that point back at its agreement still give their topics."""
        article = td.Article(
            id="a1",
            title=(
                "Officials of the Chilean Space Council and the Kenya Space Agency "
                "signed a memorandum of understanding in Nairobi on Monday, the "
                "council said."
            ),
            blocks=(
                td.Paragraph(
                    text="Under the MoU, the agencies will work in areas such as "
                    "orbit tracking and ground stations."
                ),
            ),
        )
        assert [("orbit tracking", "ground stations")] == [
            a.topics for a in extract(article).agreements
        ]

    def test_two_adjectives_share_one_noun(self):
        ex = extract(
            _article(
                "Chile signed an MoU with Kenya focusing on knowledge exchange, "
                "research between Chilean and Kenyan universities."
            )
        )
        assert [
            ("knowledge exchange", "research between Chilean and Kenyan universities")
        ] == [a.topics for a in ex.agreements]

    def test_who_reports_it_is_not_a_topic(self):
        ex = extract(
            _article(
                "Chile signed an MoU with Kenya to cooperate on orbit tracking, "
                "the agency said in a statement."
            )
        )
        assert [("orbit tracking",)] == [a.topics for a in ex.agreements]


class TestAcronymsBeside:
    @pytest.mark.parametrize(
        ("text", "names"),
        [
            (
                "ANDESCOM and the Peru Space Agency signed an MoU on satellites.",
                ["ANDESCOM", "Peru Space Agency"],
            ),
            (
                "The Peru Space Agency and ANDESCOM signed an MoU on satellites.",
                ["ANDESCOM", "Peru Space Agency"],
            ),
        ],
    )
    def test_an_undefined_acronym_joined_to_a_party(self, text: str, names: list[str]):
        """An acronym the article never defined, joined by "and" to a party,
        signs too; one beside no party ("the CEO and") is no one."""
        (a,) = _article_agreements(text)
        assert names == sorted(p.name for p in a.parties if isinstance(p, Organization))

    def test_an_acronym_beside_no_party_is_no_one(self):
        assert [] == _orgs("The CEO and the CFO signed the accounts.")


class TestDatesAfterNames:
    @pytest.mark.parametrize("when", ["on Monday", "in March", "on 3 May"])
    def test_a_date_after_an_organisation_is_not_its_name(self, when: str):
        """ "… Ministry of Transport on Monday": the connector before a
        weekday or month ends the name."""
        orgs = _orgs(f"Chile signed an MoU with Peru's Ministry of Transport {when}.")
        assert ["Ministry of Transport"] == [o.name for o in orgs]


class TestOfficials:
    def test_an_official_by_one_name_acts_for_their_country(self):
        """ "Gen Prayut" signs for Thailand once the article names him in full,
        even when the full name comes later."""
        got = _parties_of(
            "Mr Kishida and Gen Prayut signed an agreement on rice research.",
            "Prayut Chan-o-cha later met Fumio Kishida for lunch.",
        )
        assert [["JP", "TH"]] == got

    def test_an_unknown_first_name_is_no_one(self):
        """The agreement is reported; the two men name no party."""
        got = _parties_of("Mr Somchai and Mr Kenji signed an agreement on rice.")
        assert [[]] == got

    def test_signers_named_with_their_roles_in_two_bodies(self):
        """ "signed by A, governor of the X (ACR), and B, governor of the Y":
        the bodies sign, and name the countries' agreement more precisely."""
        (a,) = _article_agreements(
            "The central banks of Chile and Peru on Tuesday inked a memorandum of "
            "understanding (MOU) on payments.",
            "The MOU was signed by Rosa Vidal, governor of the Central Bank of "
            "Chile (BCCh), and Juan Perez, governor of the Central Reserve Bank "
            "of Peru, the bank said.",
        )
        assert ["Central Bank of Chile", "Central Reserve Bank of Peru"] == [
            p.name for p in a.parties if isinstance(p, Organization)
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "Peru's Minister of Energy Juan Perez and Chile's Minister of Mining "
            "Rosa Vidal signed an MoU on Monday.",
            "The MoU was signed by Chilean Mining Minister Rosa Vidal and "
            "Peruvian Energy Minister Juan Perez.",
        ],
    )
    def test_two_countries_each_with_its_minister(self, text: str):
        """A country, then its minister's portfolio and name, then "and" the
        other: the two countries sign."""
        assert [["CL", "PE"]] == [sorted(p) for p in _parties_of(text)]


class TestTotal:
    @given(
        st.lists(
            st.sampled_from(
                [
                    "Ministry",
                    "of",
                    "and",
                    ",",
                    "the",
                    "Thailand’s",
                    "(",
                    ")",
                    "NBTC",
                    "Science",
                    "Agency",
                    "Group",
                    "Dean",
                    "Minister",
                    "signed",
                    "MoU",
                    "with",
                    "between",
                    "deal",
                    "South",
                    "Korea’s",
                    "(Thailand)",
                    "Limited",
                    "Council",
                    "Thai",
                ]
            ),
            min_size=1,
            max_size=40,
        )
    )
    def test_spans_quote_the_text_and_never_overlap(self, words):
        text = " ".join(words)
        found = parties(text, tokens(text), entities(text, tokens(text)), Defined())
        last = -1
        for p in found:
            assert 0 <= p.start < p.end <= len(text)
            assert p.start >= last
            last = p.end
        extract(_article(text))  # never raises

    @pytest.mark.usefixtures("untraced")
    def test_long_runs_of_names_are_linear(self):
        """A capitalised run of 100k words with commas and brackets."""
        chunk = "Ministry of Science, Technology, Research (SR) Group and Agency "
        text = chunk * 8000
        started = time.perf_counter()
        parties(text, tokens(text), entities(text, tokens(text)), Defined())
        assert time.perf_counter() - started < 20


class TestSidesSetOffByCommas:
    """Releases name the side an agency signs for after it, between commas,
    and write the agreement's full name before "between"."""

    TEXT = (
        "Ministers welcomed the signing of a Memorandum of Understanding on "
        "Marine Data Sharing between the Ocean Survey Agency (OSA), Thailand, "
        "and the Coastal Research Institute (CMRI), Japan at the close of the talks."
    )

    def test_the_country_is_the_agencys_not_a_party(self):
        assert [(p.name, p.country) for p in _orgs(self.TEXT)] == [
            ("Ocean Survey Agency", "TH"),
            ("Coastal Research Institute", "JP"),
        ]
        assert not [p for _, p in _found(self.TEXT) if isinstance(p, Country)]

    def test_a_titled_memorandum_between_two_agencies(self):
        (agreement,) = extract(_article(self.TEXT)).agreements
        assert agreement.title == "Memorandum of Understanding on Marine Data Sharing"
        assert [p.name for p in agreement.parties if isinstance(p, Organization)] == [
            "Ocean Survey Agency",
            "Coastal Research Institute",
        ]

    def test_a_list_that_goes_on_keeps_its_countries(self):
        text = "The agency signed MoUs with the Coastal Research Institute, Japan and Peru."
        assert [p for _, p in _found(text) if isinstance(p, Country)] == [
            Country(code="JP"),
            Country(code="PE"),
        ]

    def test_a_topic_between_two_sides_is_not_the_parties(self):
        """Lower-case words after the noun are its topic, not its name: a
        "between" there is not the agreement's."""
        text = (
            "Thailand signed an MoU with Peru to promote digital trade "
            "and investment in services between small firms of Chiang Mai and Lima."
        )
        (agreement,) = extract(_article(text)).agreements
        assert agreement.parties == (Country(code="TH"), Country(code="PE"))


class TestNamesOfTwoBodies:
    def test_an_acronym_that_spells_the_run_keeps_it_whole(self):
        """A name that opens with a country and "and" is one name when its
        acronym spells it; without the acronym the "and" joins two."""
        spelled = "They met the Mekong and Pacific Studies Institute (MPSI) today."
        assert [(o.name, o.acronym, o.country) for o in _orgs(spelled)] == [
            ("Mekong and Pacific Studies Institute", "MPSI", None)
        ]
        text = "They met the China and Pacific Studies Institute (CAPS) today."
        assert [o.name for o in _orgs(text)] == ["Pacific Studies Institute"]

    def test_roles_joined_by_and_are_no_organisation(self):
        text = (
            "Dr Malee Suk, Associate Professor and Dean of the Faculty of "
            "Public Health at Mahidol University, welcomed the guests."
        )
        assert [o.name for o in _orgs(text)][:1] == ["Faculty of Public Health"]

    def test_the_two_institutions_are_the_last_two_named(self):
        article = _article(
            "The Rector of Naresuan University welcomed a delegation from the "
            "Hanoi Institute of Technology (HIT) on 3 May.",
            "During the visit, an MoU was signed between the two institutions.",
        )
        (agreement,) = extract(article).agreements
        assert [p.name for p in agreement.parties if isinstance(p, Organization)] == [
            "Naresuan University",
            "Hanoi Institute of Technology",
        ]

    def test_the_two_institutions_need_two_named(self):
        article = _article(
            "Thailand's Ministry of Commerce held talks in Lima.",
            "An MoU was signed between the two institutions.",
        )
        (agreement,) = extract(article).agreements
        assert agreement.parties == ()

    def test_the_two_universities_are_the_last_two_universities(self):
        article = _article(
            "The Rector of Naresuan University welcomed the Hanoi University of "
            "Science (HUS) to the Faculty of Engineering on 3 May.",
            "Both universities signed a memorandum of understanding named "
            "“MEMORANDUM OF UNDERSTANDING ON JOINT RESEARCH” at the meeting.",
        )
        (agreement,) = extract(article).agreements
        assert [p.name for p in agreement.parties if isinstance(p, Organization)] == [
            "Naresuan University",
            "Hanoi University of Science",
        ]
        assert agreement.title == "MEMORANDUM OF UNDERSTANDING ON JOINT RESEARCH"

    def test_a_building_or_a_meeting_room_is_no_one(self):
        text = (
            "They met in the Sala meeting room, Office of the University "
            "Building 2, with the University of Technology’s rector."
        )
        assert [o.name for o in _orgs(text)] == ["University of Technology"]
        article = _article(text)
        assert extract(article).meetings == ()


def test_each_pair_phrase_names_the_pair():
    """A second pair phrase in the sentence ("between the two countries")
    names the pair too, so the agreement after it is not given the next
    agreement's parties."""
    article = td.parse_article(
        "Peru and Chile renew ties\n\n"
        "Peru's President Ana Diaz began a state visit to Chile on Monday. "
        "The two sides expect to renew the air services agreement between the "
        "two countries, and an MoU is also to be signed between the Lima Gems "
        "Institute and the Chilean Jewelry Institute."
    )
    first, second = extract(article).agreements
    assert set(first.parties) == {Country(code="PE"), Country(code="CL")}
    assert [p.name for p in second.parties if isinstance(p, Organization)] == [
        "Lima Gems Institute",
        "Chilean Jewelry Institute",
    ]


class TestHyphenatedRolesAndDatedTitles:
    TEXT = (
        "The Director-General of the Andes Cooperation Agency (ACA) and the "
        "President of the Lima Development Agency (LDA) co-signed the Action "
        "Plan (2031 - 2033) between ACA and LDA on Monday."
    )

    def test_a_hyphenated_role_before_the_body(self):
        assert [o.name for o in _orgs(self.TEXT)][:2] == [
            "Andes Cooperation Agency",
            "Lima Development Agency",
        ]

    def test_a_year_range_titles_the_plan(self):
        (agreement,) = extract(_article(self.TEXT)).agreements
        assert agreement.title == "Action Plan (2031 - 2033)"
        assert [p.name for p in agreement.parties if isinstance(p, Organization)] == [
            "Andes Cooperation Agency",
            "Lima Development Agency",
        ]


def test_a_country_describing_a_company_is_its_own():
    """ "A Plc (ATP), Peru's second mobile operator, has signed …": Peru is
    the company's country, not a third party; "Plc" and "Pcl" end names."""
    article = _article(
        "Andes Telecom Plc (ATP), Peru’s second mobile operator, has signed a "
        "roaming agreement with Lima Networks Pcl until 2040.",
        "ATP said the agreement widens its coverage.",
    )
    (agreement,) = extract(article).agreements
    assert [(p.name, p.country) for p in agreement.parties] == [
        ("Andes Telecom Plc", "PE"),
        ("Lima Networks Pcl", None),
    ]


class TestItemsWithTheirOwnSides:
    TEXT = (
        "Peru and Chile signed four Memorandum of Understanding, ranging from "
        "fisheries to mining. The fourth MoU secured cooperation between Peru’s "
        "Andean University of Technology and the Universidad Austral de Chile."
    )

    def test_a_count_before_a_singular_noun_is_a_package(self):
        """The item told apart has the parties its sentence names; the three
        the text does not tell apart stay one record with the package's."""
        rest, fourth = extract(_article(self.TEXT)).agreements
        assert set(rest.parties) == {Country(code="PE"), Country(code="CL")}
        assert [p.name for p in fourth.parties if isinstance(p, Organization)] == [
            "Andean University of Technology",
            "Universidad Austral de Chile",
        ]

    def test_a_head_that_opens_its_name(self):
        text = "They met Universiti Malaya and the Institut Teknologi Bandung."
        assert [o.name for o in _orgs(text)] == [
            "Universiti Malaya",
            "Institut Teknologi Bandung",
        ]


def test_a_headline_pact_sums_up_the_stories_mous():
    """ "Peru inks pacts with Chile and Bolivia" above two MoUs the story
    reads: no agreements of another kind besides them; a pact alone is one."""
    article = td.parse_article(
        "Peru inks digital pacts with Chile and Bolivia\n\n"
        "Peru signed an MoU with Chile on Monday. "
        "Peru also signed an MoU with Bolivia on data centres."
    )
    got = extract(article).agreements
    assert [a.kind.value for a in got] == ["mou", "mou"]
    alone = td.parse_article(
        "Peru and Chile sign a pact\n\nThe two leaders met in Lima on Monday."
    )
    (pact,) = extract(alone).agreements
    assert pact.kind.value == "other"


class TestAgreementsWithoutNamedSides:
    def test_a_new_agreement_whose_sides_the_text_does_not_name(self):
        """ "before signing four memorandums of understanding": an agreement
        the text reports, with no parties rather than guessed ones."""
        (agreement,) = extract(
            _article(
                "Ana Diaz met the governor in Lima before signing four "
                "memorandums of understanding on port logistics."
            )
        ).agreements
        assert (agreement.kind.value, agreement.status.value) == ("mou", "signed")
        assert agreement.parties == ()

    def test_one_pointed_back_at_is_no_new_one(self):
        got = extract(_article("The memorandum was signed on Monday.")).agreements
        assert got == ()

    def test_during_a_visit_its_sides_sign(self):
        """Under a bilateral visit in focus, the agreements it reports without
        parties are between the visit's two sides."""
        article = td.parse_article(
            "Peru's president visits Chile\n\n"
            "Peru's President Ana Diaz paid an official visit to Chile on Monday. "
            "During the visit, five memorandums of understanding were signed."
        )
        (agreement,) = extract(article).agreements
        assert set(agreement.parties) == {Country(code="PE"), Country(code="CL")}
        assert agreement.meeting is not None


def test_ministers_set_off_after_their_names_sign_for_their_countries():
    """ "A, Peru's Minister of Energy and Society, signed … with B, Chile's
    Minister for Mines": a portfolio is no body; the countries sign."""
    (agreement,) = extract(
        _article(
            "Ana Diaz, Peru’s Minister of Digital Economy and Society, signed a "
            "Memorandum of Understanding with Luis Rojas, Chile’s Minister for "
            "Communications and Information, on Monday."
        )
    ).agreements
    assert agreement.parties == (Country(code="PE"), Country(code="CL"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Andes Data Agency (ADA) and Microsoft Peru signed an MoU on skills.",
            ["Andes Data Agency", "Microsoft Peru"],
        ),
        (
            "Alibaba Cloud Chile signed an MoU with the Andes Data Agency.",
            ["Alibaba Cloud Chile", "Andes Data Agency"],
        ),
    ],
)
def test_a_company_arm_named_with_its_country(text: str, names: list[str]):
    (agreement,) = extract(_article(text)).agreements
    assert [p.name for p in agreement.parties if isinstance(p, Organization)] == names


def test_a_country_after_a_role_or_a_function_word_is_the_country():
    (agreement,) = extract(
        _article("In Chile the Prime Minister of Peru signed an MoU with Bolivia.")
    ).agreements
    assert set(agreement.parties) == {Country(code="PE"), Country(code="BO")}


def test_signed_by_a_hospital_and_a_company_it_does_not_know():
    """ "the … agreement signed by A Hospital and Huawei": the hospital by its
    head word, the company by its name after "and"."""
    (agreement,) = extract(
        _article(
            "Under the smart hospital agreement signed by Lima General Hospital "
            "and Andesoft, the two sides will build nine projects."
        )
    ).agreements
    assert [p.name for p in agreement.parties if isinstance(p, Organization)] == [
        "Lima General Hospital",
        "Andesoft",
    ]


def test_a_place_in_a_bodys_name_gives_its_country():
    """ "Khon Kaen University": a Thai province in the name says whose it is;
    a name with no place says nothing."""
    orgs = {
        o.name: o.country
        for o in _orgs("Khon Kaen University and Andean Holdings met.")
    }
    assert orgs == {"Khon Kaen University": "TH", "Andean Holdings": None}


def test_an_intention_letter_is_an_agreement():
    (agreement,) = extract(
        _article("Peru and Chile signed an intention letter on ports on Monday.")
    ).agreements
    assert (agreement.kind.value, agreement.status.value) == ("other", "signed")
    assert set(agreement.parties) == {Country(code="PE"), Country(code="CL")}


def test_one_and_the_other_of_a_package_of_two():
    """ "signed two MoUs. One was an MoU on X between A and B. The other MoU
    covers Y between C and D.": two records, each with its own sides."""
    got = extract(
        _article(
            "Peru and Chile signed two memoranda of understanding on Monday.",
            "One was an MoU on health research cooperation between the Lima "
            "Health Institute and the Chilean Medical Research Council.",
            "The other MoU covers cooperation on broadcasting between the Andes "
            "Broadcasting Corporation and the Santiago Media Agency.",
        )
    ).agreements
    assert [
        sorted(p.name for p in a.parties if isinstance(p, Organization)) for a in got
    ] == [
        ["Chilean Medical Research Council", "Lima Health Institute"],
        ["Andes Broadcasting Corporation", "Santiago Media Agency"],
    ]


class TestTheyOpeningASentence:
    def test_they_are_the_two_countries_that_opened_the_last_sentence(self):
        (agreement,) = extract(
            _article(
                "Lima: Peru and Chile have agreed to work together on ports. "
                "They also signed an accord on sharing weather data."
            )
        ).agreements
        assert set(agreement.parties) == {Country(code="PE"), Country(code="CL")}

    def test_they_inside_a_sentence_is_no_one(self):
        (agreement,) = extract(
            _article(
                "Peru and Chile have agreed to work together on ports. "
                "Officials said they signed an accord on sharing weather data."
            )
        ).agreements
        assert agreement.parties == ()


class TestWhatIsNoNewAgreement:
    def test_the_agreement_points_back_at_the_one_read(self):
        """ "The agreement, proposed by …": the generic noun with "the" is the
        memorandum the text already reported, not a second agreement."""
        (agreement,) = extract(
            _article(
                "Peru's cabinet has approved a two-year extension of a memorandum "
                "of cooperation with Chile on port logistics.",
                "The agreement, proposed by the Transport Ministry, lets the two "
                "countries keep sharing customs data.",
            )
        ).agreements
        assert (agreement.kind.value, agreement.status.value) == ("moc", "approved")
        assert set(agreement.parties) == {Country(code="PE"), Country(code="CL")}

    def test_a_new_agreement_is_still_one(self):
        (agreement,) = extract(
            _article("Peru signed an agreement with Chile on port logistics.")
        ).agreements
        assert agreement.kind.value == "other"
        assert set(agreement.parties) == {Country(code="PE"), Country(code="CL")}

    @pytest.mark.parametrize("modal", ["can be renewed", "may be extended"])
    def test_a_possibility_is_no_report(self, modal: str):
        """ "can be renewed by a written agreement": no agreement was made."""
        (agreement,) = extract(
            _article(
                "Peru's cabinet approved an MoU on fisheries with Chile.",
                f"The MoU runs for five years and {modal} by a written agreement "
                "between the two countries.",
            )
        ).agreements
        assert agreement.kind.value == "mou"


class TestTitledMemoranda:
    """A memorandum named in full is read by the deals rule whatever its
    status: the outcome rules leave memoranda to it."""

    _NAME = "Memorandum of Understanding on Cooperation in Combating Illegal Fishing"

    @pytest.mark.parametrize(
        ("verb", "status"),
        [
            ("will sign", "proposed"),
            ("agreed to work towards the signing of", "proposed"),
            ("approved", "approved"),
            ("signed", "signed"),
        ],
    )
    def test_any_status(self, verb: str, status: str):
        (agreement,) = extract(
            _article(f"Peru and Chile {verb} the {self._NAME} on Monday.")
        ).agreements
        assert (agreement.kind.value, agreement.status.value) == ("mou", status)
        assert agreement.title == self._NAME
        assert set(agreement.parties) == {Country(code="PE"), Country(code="CL")}

    def test_without_named_sides(self):
        (agreement,) = extract(_article(f"The {self._NAME} was signed.")).agreements
        assert (agreement.title, agreement.parties) == (self._NAME, ())

    def test_a_signing_ceremony_is_no_title(self):
        (agreement,) = extract(
            _article(
                "Lecturers of the Andes University attended an MOU Signing "
                "Ceremony with a Peruvian university."
            )
        ).agreements
        assert agreement.title is None


class TestSidesJoinedByAHyphen:
    @pytest.mark.parametrize(
        ("text", "title"),
        [
            (
                "The leaders adopted a 2026-2030 Peru-Chile joint action plan.",
                None,
            ),
            ("The Peru-Chile MoU was signed on Monday.", "Peru-Chile MoU"),
            (
                "Both leaders are scheduled to attend the signing of the "
                "Peru-Chile Free Trade Agreement.",
                "Peru-Chile Free Trade Agreement",
            ),
        ],
    )
    def test_the_two_sides_before_the_noun(self, text: str, title: str | None):
        (agreement,) = extract(_article(text)).agreements
        assert set(agreement.parties) == {Country(code="PE"), Country(code="CL")}
        assert agreement.title == title

    def test_a_meetings_name_gives_no_parties(self):
        """Names inside a meeting's name are still no party of an MoU
        signed there with another."""
        (agreement,) = extract(
            _article(
                "Peru signed an MoU with Brazil at the 5th Peru-Chile Joint Commission."
            )
        ).agreements
        assert set(agreement.parties) == {Country(code="PE"), Country(code="BR")}

    def test_a_name_that_only_ends_in_the_noun_is_no_title(self):
        (agreement,) = extract(
            _article("Peru's port agency signed an R&D MoU with Chile.")
        ).agreements
        assert agreement.title is None

    def test_the_sides_complete_the_plan_the_meeting_adopted(self):
        """ "adopted a joint action plan", then "the leaders adopted a
        Peru-Chile joint action plan": one plan, with its two sides."""
        (agreement,) = extract(
            _article(
                "Peru's president held a summit with Chile's president on Friday "
                "and adopted a joint action plan, his office said.",
                "The leaders adopted a 2026-2030 Peru-Chile joint action plan "
                "covering ports and fisheries.",
            )
        ).agreements
        assert set(agreement.parties) == {Country(code="PE"), Country(code="CL")}

    def test_a_headline_names_a_side_by_its_bodys_country(self):
        article = td.parse_article(
            "Peru's PSTRC signs MoU with Chile\n\n"
            "The Peruvian Science and Technology Research Council (PSTRC) and "
            "Chile's National Fisheries Service (NFS) have signed a Memorandum "
            "of Understanding (MoU) in Lima."
        )
        (agreement,) = extract(article).agreements
        assert {getattr(p, "acronym", None) for p in agreement.parties} == {
            "PSTRC",
            "NFS",
        }

    def test_a_meetings_work_plan_named_for_two_sides_has_no_parties(self):
        """ "approved the Andes-Peru Digital Work Plan 2026": a meeting's
        plan, not a deal between the two."""
        got = extract(
            _article(
                "Ministers from the Andes and Peru approved the Andes-Peru "
                "Digital Work Plan 2026 at the meeting."
            )
        ).agreements
        assert [a.parties for a in got] == [()]


def test_the_signers_of_a_relative_clause():
    """ "The MOU that A and B signed today": the signers stand between the
    noun and its cue."""
    (agreement,) = extract(
        _article(
            "The MOU that the Peruvian Science and Technology Research Council "
            "(PSTRC) and Chile's National Fisheries Service signed today is an "
            "important document."
        )
    ).agreements
    assert [getattr(p, "name", None) for p in agreement.parties] == [
        "Peruvian Science and Technology Research Council",
        "National Fisheries Service",
    ]


def test_a_country_after_in_ends_a_documents_name():
    from thaidigital.extract._names import documents

    text = "Peru signed a similar MOU in Chile, Bolivia and Brazil."
    assert [d.text for d in documents(text, tokens(text))] == ["MOU"]
    text = "They signed the MOU in Bucharest, where the union met."
    assert [d.text for d in documents(text, tokens(text))] == ["MOU"]


class TestTheNounPointsBack:
    def test_its_status_completes_the_one_named_before(self):
        """ "… apprised of an MoU between A and B. The MoU, signed in
        November, …": one signed agreement between the two."""
        (agreement,) = extract(
            _article(
                "The cabinet was apprised of a memorandum of understanding on "
                "cooperation between Peru and Chile in the field of fisheries.",
                "The MoU, signed in November last year, will lead to joint research.",
            )
        ).agreements
        assert agreement.status.value == "signed"
        assert set(agreement.parties) == {Country(code="PE"), Country(code="CL")}

    def test_the_sides_named_later_complete_the_one_read_without(self):
        """ "… signed a memorandum of understanding. The MoU outlines
        cooperation between Peru and Chile … as the Memorandum was signed":
        one MoU, between the two."""
        (agreement,) = extract(
            _article(
                "Ana Diaz, who represents the Andes Council, and Director Rosa "
                "Vidal signed a memorandum of understanding on port data.",
                "The MoU outlines the cooperation between Peru and Chile in five "
                "areas.",
                "The two countries deepened their ties as the Memorandum of "
                "Understanding was signed during the Andes Tech Week 2031.",
            )
        ).agreements
        assert set(agreement.parties) == {Country(code="PE"), Country(code="CL")}

    def test_a_plan_acted_on_later(self):
        (agreement,) = extract(
            _article(
                "Peru and Chile are expected to sign an MoU on fisheries.",
                "The MoU was signed on Monday in Lima.",
            )
        ).agreements
        assert agreement.status.value == "signed"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Rosa Diaz and Leong Keng Thai, the agency's director, signed it.", []),
        ("Thai and Peruvian officials met.", ["TH", "PE"]),
        ("He met Thai officials, then the Thai.", ["TH", "TH"]),
    ],
)
def test_a_demonym_that_ends_a_persons_name_is_no_country(
    text: str, countries: list[str]
) -> None:
    assert [p.code for _, p in _found(text) if isinstance(p, Country)] == countries


def test_a_list_of_agreements_is_no_list_of_topics():
    """ "signed a series of agreements, including memoranda of understanding
    on A, B and C": the list names agreements; its items are no topics."""
    got = extract(
        _article(
            "Peru and Chile have signed a series of cooperation agreements, "
            "including memoranda of understanding (MoUs) on educational, legal "
            "and trade cooperation."
        )
    ).agreements
    assert all(not any("memoranda" in t for t in agreement.topics) for agreement in got)


class TestFormulatedAndFrameworks:
    def test_a_memorandum_formulated_at_a_workshop_is_planned(self):
        (agreement,) = extract(
            _article(
                "A Memorandum of Understanding (MoU) was formulated during the "
                "workshop between Peru and Chile."
            )
        ).agreements
        assert agreement.status.value == "proposed"

    def test_formulated_under_a_memorandum_is_no_new_one(self):
        got = extract(
            _article(
                "The Plan is formulated under the Memorandum of Understanding "
                "between the Peruvian Science and Technology Research Council "
                "(PSTRC) and Chile's National Fisheries Service on research."
            )
        ).agreements
        assert [a.kind.value for a in got if a.kind.value == "mou"] == []

    def test_frameworks_signed_between_two_governments(self):
        got = extract(
            _article(
                "The ministers reviewed the two frameworks on cooperation in the "
                "digital economy, signed between Peru and Chile earlier this year."
            )
        ).agreements
        assert got
        assert {a.kind.value for a in got} == {"framework_agreement"}
        assert set(got[0].parties) == {Country(code="PE"), Country(code="CL")}


class TestReviewedDeals:
    @pytest.mark.parametrize(
        "text",
        [
            "Peru and Chile on Monday inked a three-year MoU that may be extended.",
            "An MoU, which can be renewed every five years, was signed by Peru "
            "and Chile.",
        ],
    )
    def test_a_possibility_does_not_veto_a_signing(self, text: str):
        (agreement,) = extract(_article(text)).agreements
        assert agreement.status.value == "signed"

    def test_the_noun_points_back_at_its_own_kind(self):
        """ "plan to sign a free trade agreement … an MoU between the two.
        The MoU, signed in November": the MoU is signed, the FTA planned."""
        got = extract(
            _article(
                "Peru and Chile plan to sign a free trade agreement.",
                "The cabinet noted an MoU between Peru and Chile on fisheries.",
                "The MoU, signed in November, runs for five years.",
            )
        ).agreements
        assert {(a.kind.value, a.status.value) for a in got} == {
            ("other", "proposed"),
            ("mou", "signed"),
        }

    def test_the_sides_go_to_the_untitled_plan(self):
        got = extract(
            _article(
                "Peru's president held a summit with Chile's president on Friday "
                "and adopted the Andes Digital Action Plan 2031 and a joint "
                "action plan.",
                "The leaders adopted a 2031-2035 Peru-Chile joint action plan "
                "covering ports.",
            )
        ).agreements
        titled = [a for a in got if a.title is not None]
        assert titled
        assert all(a.parties == () for a in titled)


def test_a_relative_clause_of_another_verb_names_no_signers():
    (agreement,) = extract(
        _article("An MoU that Bolivia and Brazil opposed was signed by Peru and Chile.")
    ).agreements
    assert set(agreement.parties) == {Country(code="PE"), Country(code="CL")}


def test_a_verb_acting_on_something_else_does_not_adopt_a_far_document():
    """ "took note of the good progress made … including the implementation
    of the Andes Action Plan": the verb's object is the progress."""
    got = extract(
        _article(
            "The 9th Andes Forum took note of the good progress made in "
            "cooperation over the last year in all four pillars of partnership, "
            "including through following up on the outcomes of the last summit "
            "and the implementation of the Andes Digital Action Plan."
        )
    ).agreements
    assert got == ()


def test_a_list_of_documents_after_its_verb_is_adopted():
    got = extract(
        _article(
            "The 9th Andes Digital Ministers' Meeting adopted the Andes Digital "
            "Masterplan 2031 on Connected Inclusive Sustainable Secure Resilient "
            "Regional Growth Across All Andean Member States, the Lima Declaration "
            "on Trusted Digital Infrastructure."
        )
    ).agreements
    assert {a.kind.value for a in got} == {"masterplan", "declaration"}


@pytest.mark.parametrize(
    "text",
    [
        "The ministers said the plan is one of the strategies adopted under "
        "the Andes Recovery Framework and its Implementation Plan.",
        "The ministers noted that the Andes have made great efforts to complete "
        "the Andes ICT Masterplan 2030.",
        "They welcomed the Andes Data Guidelines, which are initiatives of the "
        "Andes Framework on Digital Data Governance.",
    ],
)
def test_a_document_in_a_clause_or_named_as_a_basis_is_no_outcome(text: str):
    """Only the verb's object is acted on: not a basis ("adopted under the
    Framework"), not a document inside a clause ("noted that …", "which are
    initiatives of the Framework")."""
    titles = {a.title for a in extract(_article(text)).agreements}
    assert not titles & {
        "Andes Recovery Framework",
        "Implementation Plan",
        "Andes ICT Masterplan 2030",
        "Andes Framework on Digital Data Governance",
    }


def test_the_sides_a_plan_takes_from_its_summit_give_way_to_the_named_ones():
    """A plan adopted at a summit of two sides, then named with its sides, is
    one plan: the second sentence names the first one's parties."""
    (plan,) = _article_agreements(
        "Japan's Prime Minister Taro Sato held a summit with Thai Prime Minister "
        "Somchai Wong on Friday, and the two adopted a joint action plan.",
        "The two leaders adopted a 2026-2030 Japan-Thailand joint action plan "
        "for trade and health.",
    )
    assert plan.kind is td.AgreementKind.ACTION_PLAN
    assert sorted(p.code for p in plan.parties if isinstance(p, Country)) == [
        "JP",
        "TH",
    ]


def test_korea_alone_is_the_republic_of_korea_in_a_body_s_name():
    """The press's "Korea" names the Republic of Korea (the reference data
    leaves the bare name ambiguous)."""
    (mou,) = _article_agreements(
        "The Korea Institute of Space Science (KISS) signed a memorandum of "
        "understanding with Peru's National Space Office (NSO) on Monday."
    )
    assert {p.name: p.country for p in mou.parties if isinstance(p, Organization)} == {
        "Korea Institute of Space Science": "KR",
        "National Space Office": "PE",
    }


@pytest.mark.parametrize(
    "headline",
    [
        "Peru and Chile Sign MoU on Digital Cooperation",
        "LITU and Lima Coastal University Signed Memorandum of Understanding",
        "Peru and Chile Secretariats Sign Agreement for Substantive Cooperation",
    ],
)
def test_a_title_case_headline_reports_an_agreement_and_names_no_document(
    headline: str,
):
    """Capitals in a title-case headline are the outlet's style: the verb
    opens no document's name, and the noun is no title."""
    article = td.parse_article(
        f"{headline}\n\nThe two sides met on Monday to talk about the weather "
        "and other things of note."
    )
    (agreement,) = extract(article).agreements
    assert agreement.status is td.AgreementStatus.SIGNED
    assert agreement.title is None
    assert len(agreement.parties) == 2


def test_a_headline_names_the_sides_of_the_one_agreement_the_body_left_unnamed():
    article = td.parse_article(
        "Memorandum of Cooperation on Port Data Signed between the LTA and the "
        "Chile Data Office\n\n"
        "On Monday the two ministers signed a memorandum of cooperation on the "
        "sharing of port data."
    )
    (moc,) = extract(article).agreements
    assert moc.kind is td.AgreementKind.MOC
    assert len(moc.parties) == 2


def test_an_agreement_told_first_without_sides_is_completed_by_the_one_naming_them():
    """A photo caption reports the signing, the story then names the sides:
    one agreement, not two."""
    (mou,) = _article_agreements(
        "The ministers exchange documents after signing an MoU in Bangkok on "
        "November 28, 2019.",
        "Peru and Thailand inked a memorandum of understanding covering digital "
        "trade on Monday.",
    )
    assert sorted(p.code for p in mou.parties if isinstance(p, Country)) == [
        "PE",
        "TH",
    ]
    assert mou.date == td.PartialDate(year=2019, month=11, day=28)


def test_a_package_told_without_sides_stays_beside_its_named_item():
    agreements = _article_agreements(
        "The premiers watched as two memorandums of understanding (MoUs) were "
        "signed in Lima.",
        "The first MoU was signed by the Peru Rubber Board and the Rubber "
        "Authority of Chile.",
        "The second MoU signed was about culture and arts.",
    )
    assert sorted(len(a.parties) for a in agreements) == [0, 2]


def test_a_body_named_with_its_country_after_its_own_of():
    """ "Ministry of Commerce of the Republic of Peru" is Peru's Ministry of
    Commerce, and Peru is no third party; "Bank of Thailand" keeps its name."""
    (mou,) = _article_agreements(
        "The Ministry of Commerce of the Republic of Peru and the Bank of "
        "Thailand signed a memorandum of understanding on digital payments."
    )
    assert [
        (p.name, p.country) for p in mou.parties if isinstance(p, Organization)
    ] == [
        ("Ministry of Commerce", "PE"),
        ("Bank of Thailand", "TH"),
    ]
    assert not [p for p in mou.parties if isinstance(p, Country)]


class TestRestated:
    """A deal, then the memorandum it is, between the same sides: one MoU."""

    def test_a_deal_then_its_memorandum_is_one_mou_with_the_fuller_date(self):
        (mou,) = _article_agreements(
            "The Lima Monetary Authority (LMA) and the Bank of Thailand (BOT) "
            "said on Wednesday (May 15) that the two had concluded a deal on fintech.",
            "The memorandum of understanding was signed by the LMA and the BOT "
            "on May 12, 2019 in Basel.",
        )
        assert mou.kind is td.AgreementKind.MOU
        assert mou.date == td.PartialDate(year=2019, month=5, day=12)

    def test_one_more_is_another(self):
        agreements = _article_agreements(
            "The Lima Monetary Authority (LMA) and the Bank of Thailand (BOT) "
            "concluded a deal on fintech.",
            "The LMA and the BOT also signed a memorandum of understanding on "
            "payments.",
        )
        assert sorted(a.kind.value for a in agreements) == ["mou", "other"]

    def test_a_planned_treaty_and_a_signed_mou_are_two(self):
        agreements = _article_agreements(
            "Peru and Chile plan to sign a free trade agreement.",
            "Peru and Chile signed a memorandum of understanding on fisheries.",
        )
        assert sorted(a.kind.value for a in agreements) == ["mou", "other"]


def test_an_agreement_signed_at_a_one_day_meeting_takes_its_day():
    (mou,) = extract(
        _article(
            "Peru's central bank governor and Chile's central bank governor met "
            "at the 3rd Andean Central Bank Meeting in Lima on 21 May 2024.",
            "On this occasion, both governors signed a memorandum of understanding "
            "on local currency settlement between Peru and Chile.",
        )
    ).agreements
    assert mou.date == td.PartialDate(year=2024, month=5, day=21)


def test_under_an_agreement_the_clause_s_subject_are_its_sides():
    (mou,) = _article_agreements(
        "Lima Data Group (LDG) said it formed a venture with Inca Tech Park (ITP).",
        "Under a Memorandum of Understanding (MoU), LDG and ITP will buy land "
        "across three provinces.",
    )
    assert mou.status is td.AgreementStatus.SIGNED
    assert len(mou.parties) == 2


def test_under_the_agreement_points_back_and_makes_none():
    agreements = _article_agreements(
        "Peru and Chile will sign an agreement on data next year.",
        "Under the agreement, Peru and Chile will share port records.",
    )
    assert [a.status.value for a in agreements] == ["proposed"]


class TestNamedByWhatDescribesThem:
    def test_a_body_defined_by_the_acronym_its_initials_spell(self):
        (mou,) = _article_agreements(
            "Lima Data Group (LDG) said it formed a venture with Inca Tech Park (ITP).",
            "Under a Memorandum of Understanding (MoU), LDG and ITP will buy land "
            "across three provinces.",
        )
        assert [(p.name, p.acronym) for p in mou.parties] == [
            ("Lima Data Group", "LDG"),
            ("Inca Tech Park", "ITP"),
        ]

    @pytest.mark.parametrize(
        "phrase", ["Andes Digital Trade Summit (ADTS)", "Internet of Things (IoT)"]
    )
    def test_a_meeting_or_a_topic_is_no_body(self, phrase: str):
        text = f"The {phrase} was discussed."
        words = tokens(text)
        assert parties(text, words, entities(text, words), Defined()) == []

    def test_the_country_word_before_a_describing_noun_is_the_body_s(self):
        text = (
            "Singapore-based data centre developer Lima Data Group (LDG) joined "
            "Thai port software maker Inca Tech Park (ITP)."
        )
        words = tokens(text)
        found = parties(text, words, entities(text, words), Defined())
        assert [(m.party.name, m.party.country) for m in found] == [
            ("Lima Data Group", "SG"),
            ("Inca Tech Park", "TH"),
        ]

    def test_a_country_that_signs_with_a_body_stays_a_party(self):
        text = "Thailand signed a pact with Lima Data Group (LDG) on Monday."
        words = tokens(text)
        found = parties(text, words, entities(text, words), Defined())
        assert [type(m.party).__name__ for m in found] == ["Country", "Organization"]
