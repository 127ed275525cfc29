"""The three seed articles parse into what a careful reader writes down.

Each seed is asserted in full: every metadata field, every block, and every
line that was dropped or read as metadata, with its span and reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from thaidigital import Article, Heading, ListItem, Paragraph, PartialDate
from thaidigital.parse import (
    DroppedLine,
    DropReason,
    MetadataSpan,
    ParseReport,
    parse_article,
    parse_article_report,
    render_article,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _report(name: str) -> tuple[str, ParseReport]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text, parse_article_report(text)


# ---- 000-2025-01-22-srettha-welcomes-japan-digital-auto.txt
SRETTHA_JAPAN_BLOCKS = (
    Paragraph(
        text=(
            "Prime Minister Srettha Thavisin extended an invitation to "
            "Japan’s prominent companies, urging their involvement in "
            "Thailand’s digital economy and automotive sector development."
        ),
    ),
    Paragraph(
        text=(
            "During a bilateral meeting in Tokyo, Srettha and Japanese Prime "
            "Minister Fumio Kishida discussed potential collaboration in "
            "advancing Thailand’s digital economy and automotive industry. "
            "They agreed to explore initiating discussions on the "
            "next-generation automobile industry to address energy-related "
            "concerns and climate change issues."
        ),
    ),
    Paragraph(
        text=(
            "Reports from Kyodo News outlined Kishida’s proposal to "
            "establish a framework for dialogue during their meeting at the "
            "Japan-ASEAN special summit, commemorating 50 years of regional "
            "friendship. One of the key agenda items was decarbonization, "
            "emphasizing the need for strategic dialogues."
        ),
    ),
    Paragraph(
        text=(
            "The proposed dialogue aims to uphold Thailand’s industrial "
            "competitiveness, particularly in the production and exportation "
            "of next-gen vehicles, including electric cars. Srettha "
            "emphasized Thailand’s commitment to supporting endeavors by "
            "Japanese automotive companies in the country, a vital "
            "manufacturing base for these companies."
        ),
    ),
    Paragraph(
        text=(
            "In an announcement, Srettha affirmed discussions with "
            "high-level officials from seven leading Japanese auto "
            "manufacturers. He expressed Thailand’s readiness to assist in "
            "the transition to the electric car industry. Additionally, "
            "Srettha highlighted Thailand’s interest in collaborating with "
            "Japan on soft power initiatives, drawing inspiration from "
            "Japan’s OVOP movement, which mirrors Thailand’s OTOP project."
        ),
    ),
    Paragraph(
        text=(
            "Srettha also extended an invitation to Japanese firms to "
            "participate in Thailand’s digital economy development."
        ),
    ),
    Paragraph(
        text=(
            "At the Japan-ASEAN summit, leaders ratified a joint vision "
            "statement, vowing to create a new initiative for the Southeast "
            "Asian automotive industry. This initiative aims to reinforce "
            "collaboration in promoting energy transition and low-carbon "
            "technologies across the region."
        ),
    ),
)
SRETTHA_JAPAN_DROPPED = ()
SRETTHA_JAPAN_METADATA = (
    (0, 15, "published"),
    (119, 129, "read_minutes"),
)

# ---- 001-2023-three-provinces-join-ascn.txt
ASCN_PROVINCES_BLOCKS = (
    Paragraph(
        text=(
            "Driving the advancement of its digital domain further, the "
            "Digital Economy and Society Ministry (DES) of Thailand recently "
            "made an engaging announcement. Three additional provinces from "
            "Thailand – Chiang Mai, Khon Kaen, and Rayong, are now members "
            "of the inspiring ASEAN Smart Cities Network (ASCN). The news "
            "was unveiled during the sixth ASCN annual gathering held in the "
            "exotic location of Bali, Indonesia, by DES Chief, Chaiwut "
            "Thanakamanusorn himself."
        ),
    ),
    Paragraph(
        text=(
            "Taking a moment to celebrate the meaningful progression of the "
            "ASEAN network, Chaiwut shared how the ASCN has evolved from 26 "
            "to a total of 29 cities, including the newly joined Thai "
            "provinces. Emphasizing the principles of the ASCN, Chaiwut "
            "explained the member cities’ dedication to working "
            "shoulder-to-shoulder with the private sector. The primary "
            "objective is to assimilate state-of-the-art technology across "
            "public establishments while setting a keen eye on creative "
            "tech-applications along with enhanced urban management and "
            "planning."
        ),
    ),
    Paragraph(
        text=(
            "As stated by the DES chief, countries like Japan, South Korea, "
            "and Australia also engage in robust collaborations with cities "
            "within the ASEAN block, thanks to the solid platform provided "
            "by the ASCN. Aligning with this undertaking, the state-operated "
            "Smart City Project Management Committee laid out plans to turn "
            "six additional regions into well-equipped ASEAN smart cities."
        ),
    ),
    Paragraph(
        text=(
            "Spanning over various regions such as Lampang in the North, "
            "centrally located Samut Prakarn, Theppharat in the Eastern "
            "Chachoengsao, and so forth, it will benefit approximately 1.8 "
            "million folks residing in these areas. Elaborating further, "
            "Chaiwut suggested that all emerging smart cities should devise "
            "a strategy that aptly handles the core ‘smart’ values. This "
            "encompasses initiatives towards a ‘Smart Environment,’ sparking "
            "a ‘Smart Economy,’ and cultivating ‘Smart Governance.’"
        ),
    ),
    Paragraph(
        text=(
            "In the current scenario, the nationwide Smart City blueprint "
            "operates across 36 unique regions spanning 25 provinces as "
            "detailed by Chaiwut. Furthermore, Nuttapon Nimmanphatcharin, "
            "the head of the Digital Economy Promotion Agency, divulged "
            "about an army of 134 Smart City Ambassadors that the agency has "
            "trained and deployed. These skilled individuals are set to "
            "propel the smart city initiative in their very own hometowns."
        ),
    ),
    Paragraph(
        text=(
            "To solidify the groundwork, the launch of the Smart City "
            "Leadership Programme was put into action, enabling "
            "participation from over 140 members across various sectors. "
            "Alongside this, the Smart City Solutions Awards 2023 will be "
            "established during the highly anticipated Thailand Smart City "
            "Expo 2023, scheduled for November, confirmed by Nuttapon."
        ),
    ),
    Paragraph(
        text=(
            "The addition of three more Thai provinces into the ASEAN Smart "
            "Cities Network further strengthens the digital reach and ushers "
            "in a new era of technological advancement and urban "
            "development, carving a bright future for Thailand and its "
            "citizens."
        ),
    ),
)
ASCN_PROVINCES_DROPPED = (
    (0, 32, DropReason.SKIP_LINK),
    (3028, 3378, DropReason.STRUCTURED_DATA),
    (3557, 3566, DropReason.COMMENT_WIDGET),
    (3567, 3583, DropReason.COMMENT_WIDGET),
    (3584, 3601, DropReason.COMMENT_WIDGET),
)
ASCN_PROVINCES_METADATA = ((3380, 3555, "tags"),)

# ---- 002-2025-01-adgmin5-bangkok.txt
ADGMIN_BANGKOK_BLOCKS = (
    Paragraph(
        text=(
            "Thailand is taking the lead in driving ASEAN’s digital future, "
            "with focus on cybersecurity to address the issue of online "
            "fraud at the 5th ASEAN Digital Ministerial Meeting."
        ),
    ),
    Paragraph(
        text=(
            "The meeting took place on January 16-17 in Bangkok, and was "
            "chaired by Minister of Digital Economy and Society, Prasert "
            "Chantararuangthong."
        ),
    ),
    Paragraph(
        text=(
            "Representatives from ASEAN member states and dialogue partners "
            "attended the event."
        ),
    ),
    Paragraph(
        text=(
            "Prasert, who is also a deputy prime minister, highlighted the "
            "meeting's significance as a crucial platform for strengthening "
            "digital cooperation within the ASEAN region, with the aim of "
            "fostering a secure and sustainable digital economy and society."
        ),
    ),
    Heading(
        text="Key discussions and endorsements included:",
    ),
    Paragraph(
        text=(
            "Combating online scams: The meeting endorsed the ASEAN Online "
            "Scam Survey Report (2023-2024) and its recommendations as a "
            "framework for national and regional action."
        ),
        label="Combating online scams",
    ),
    Paragraph(
        text=(
            "It stressed the need for cross-sector collaboration to combat "
            "online scams effectively, particularly those originating from "
            "border countries, such as phone scams and social media-based "
            "financial fraud. These scams often involve perpetrators "
            "operating from neighbouring countries like Cambodia, Myanmar, "
            "and Laos."
        ),
    ),
    Paragraph(
        text=(
            "The meeting emphasised the importance of sharing information "
            "between countries and capacity building for officials in border "
            "regions. Furthermore, member states proposed the development of "
            "a joint early warning system to mitigate the impact of scams "
            "across the region."
        ),
    ),
    Paragraph(
        text=(
            "Cybersecurity: The establishment of the ASEAN CERT in Singapore "
            "was acknowledged, and the ASEAN Checklist on Cyberspace Norms "
            "was approved to establish cybersecurity standards within the "
            "region."
        ),
        label="Cybersecurity",
    ),
    Paragraph(
        text=(
            "This aims to mitigate the risks posed by cyberattacks that can "
            "have a significant impact on the economy and public safety. "
            "Support was also expressed for the establishment of "
            "coordination units to enable prompt responses to cyber "
            "incidents."
        ),
    ),
    Paragraph(
        text=(
            "Digital economy: The delegates backed the development of the "
            "ASEAN Digital Economy Framework Agreement to accelerate digital "
            "transformation and enhance cooperation in cybersecurity and "
            "online scam prevention."
        ),
        label="Digital economy",
    ),
    Paragraph(
        text=(
            "The meeting explored avenues to promote investment in digital "
            "startups and related technologies to stimulate economic growth "
            "within the region."
        ),
    ),
    Paragraph(
        text=(
            "Data governance and artificial intelligence (AI): The Global "
            "CBPR Action Plan and AI governance documents, including those "
            "pertaining to Generative AI, were approved to promote "
            "responsible AI development within the region, with a focus on "
            "transparency and personal data protection."
        ),
        label="Data governance and artificial intelligence (AI)",
    ),
    Paragraph(
        text=(
            "Efforts will also be undertaken to drive research and "
            "development of AI innovations that address the specific needs "
            "of the regional population."
        ),
    ),
    Paragraph(
        text=(
            "5G and Connectivity: Discussions were held on reducing "
            "cross-border service fees."
        ),
        label="5G and Connectivity",
    ),
    Paragraph(
        text=(
            "The meeting highlighted the importance of SIM card regulation "
            "to prevent cross-border scams, a matter of particular concern "
            "to many countries in the region, especially those with frequent "
            "cross-border movement, such as Thailand-Cambodia and "
            "Thailand-Myanmar, where unregistered SIM cards are often used."
        ),
    ),
    Paragraph(
        text=(
            "The Bangkok Digital Declaration was approved to guide ASEAN's "
            "digital future, with a focus on security, seamless "
            "connectivity, and inclusivity. Emphasis was placed on expanding "
            "access to digital technology in rural and remote areas to "
            "ensure equitable digital opportunities for all segments of the "
            "population."
        ),
    ),
    Paragraph(
        text=(
            "The meeting also included discussions with dialogue partners, "
            "including China, Japan, South Korea, India, the United States, "
            "and the International Telecommunication Union, with the aim of "
            "promoting digital standards and cooperation in areas such as "
            "human resource development and digital infrastructure."
        ),
    ),
    Paragraph(
        text=(
            "Prasert added that memorandums of understanding were signed "
            "between Thailand and Cambodia, and Thailand and the "
            "Philippines, to foster regional digital cooperation, focusing "
            "on key areas such as digital workforce development, "
            "e-government governance, and the prevention and combat of "
            "online scams."
        ),
    ),
    ListItem(
        text=(
            "The Thailand-Cambodia agreement aims to strengthen bilateral "
            "relations and develop collaboration in areas such as digital "
            "platform services, digital government products and services, "
            "digital transformation, access to digital technology, digital "
            "workforce development, online safety, and digital scam "
            "prevention."
        ),
    ),
    ListItem(
        text=(
            "The Thailand-Philippines MoU aims to foster mutually beneficial "
            "and understanding relations, encouraging investment in digital "
            "infrastructure, e-government governance (eg, digital government "
            "strategies and AI utilisation), digital identity verification "
            "systems, and the development of emerging technologies such as "
            "cloud computing, IoT, and big data. It also emphasises the "
            "promotion of cybersecurity through knowledge exchange, "
            "expertise sharing, and joint training."
        ),
    ),
    Paragraph(
        text="The next meeting will be held in Vietnam in 2026.",
    ),
)
ADGMIN_BANGKOK_DROPPED = (
    (563, 589, DropReason.PERSON_CAPTION),
    (1384, 1438, DropReason.REPEATED_HEADLINE),
    (2367, 2421, DropReason.REPEATED_HEADLINE),
    (3394, 3448, DropReason.REPEATED_HEADLINE),
    (4070, 4124, DropReason.REPEATED_HEADLINE),
)
ADGMIN_BANGKOK_METADATA = (
    (4429, 4430, "blocks[19]"),
    (4745, 4746, "blocks[20]"),
)


class TestSrettha:
    """Seed 000: a date line above the headline and a read-time line below it."""

    name = "000-2025-01-22-srettha-welcomes-japan-digital-auto.txt"

    def test_article(self) -> None:
        """Every field and block is what a careful reader writes down."""
        _, report = _report(self.name)

        assert (
            Article(
                id=report.article.id,
                title=(
                    "Japan Welcomed by Srettha for Collaboration in Boosting "
                    "Thailand’s Digital Economy and Auto Industry"
                ),
                published=PartialDate(year=2025, month=1, day=22),
                read_minutes=2,
                blocks=SRETTHA_JAPAN_BLOCKS,
            )
            == report.article
        )

    def test_audit(self) -> None:
        """Nothing is dropped; the date and read time are read as metadata."""
        _, report = _report(self.name)

        assert SRETTHA_JAPAN_DROPPED == tuple(
            (d.start, d.end, d.reason) for d in report.dropped
        )
        assert SRETTHA_JAPAN_METADATA == tuple(
            (m.start, m.end, m.field) for m in report.metadata
        )


class TestAscnProvinces:
    """Seed 001: a skip link, JSON-LD breadcrumbs, a comment widget, a tag line."""

    name = "001-2023-three-provinces-join-ascn.txt"

    def test_article(self) -> None:
        """Breadcrumbs come from the JSON-LD, tags from the closing line."""
        _, report = _report(self.name)

        assert (
            Article(
                id=report.article.id,
                title=(
                    "Digital Tsunami Sweeps Thailand! 3 More Provinces Leap into "
                    "Future with Eye-Popping Smart City Initiative!"
                ),
                blocks=ASCN_PROVINCES_BLOCKS,
                breadcrumbs=("Home", "News", "Thailand News"),
                tags=("ASEAN", "infrastructure", "technology"),
            )
            == report.article
        )

    def test_audit(self) -> None:
        """Skip link, JSON-LD and the three comment-widget lines are dropped."""
        text, report = _report(self.name)

        assert ASCN_PROVINCES_DROPPED == tuple(
            (d.start, d.end, d.reason) for d in report.dropped
        )
        assert ASCN_PROVINCES_METADATA == tuple(
            (m.start, m.end, m.field) for m in report.metadata
        )
        assert report.dropped[0].text == 'Press "Enter" to skip to content'
        assert report.dropped[1].text.startswith('{"@context"')
        assert [d.text for d in report.dropped[2:]] == [
            "Notify of",
            "Inline Feedbacks",
            "View all comments",
        ]
        assert text[report.metadata[0].start :].startswith("As part of Economy News")


class TestAdgminBangkok:
    """Seed 002: standfirst, a name caption, headline copies, labels, bullets."""

    name = "002-2025-01-adgmin5-bangkok.txt"

    def test_article(self) -> None:
        """The standfirst, heading, labels and bullets are all recognised."""
        _, report = _report(self.name)

        assert (
            Article(
                id=report.article.id,
                title="Digital future of ASEAN takes shape at Bangkok meeting",
                subtitle=(
                    "Delegates forge cooperation aimed at fostering a secure and "
                    "sustainable digital economy and society"
                ),
                blocks=ADGMIN_BANGKOK_BLOCKS,
            )
            == report.article
        )

    def test_audit(self) -> None:
        """The name caption and four headline copies are dropped with reasons."""
        _, report = _report(self.name)

        assert ADGMIN_BANGKOK_DROPPED == tuple(
            (d.start, d.end, d.reason) for d in report.dropped
        )
        assert ADGMIN_BANGKOK_METADATA == tuple(
            (m.start, m.end, m.field) for m in report.metadata
        )
        assert report.dropped[0].text == "Prasert Chantararuangthong"
        assert {d.text for d in report.dropped[1:]} == {
            "Digital future of ASEAN takes shape at Bangkok meeting"
        }


ALL_SEEDS = (TestSrettha.name, TestAscnProvinces.name, TestAdgminBangkok.name)


class TestAllSeeds:
    """Properties every seed has."""

    @pytest.mark.parametrize("name", ALL_SEEDS)
    def test_spans_point_into_the_input(self, name: str) -> None:
        """Each dropped or metadata span's text is the input at that span."""
        text, report = _report(name)

        pieces: list[DroppedLine | MetadataSpan] = [*report.dropped, *report.metadata]
        for span in pieces:
            assert text[span.start : span.end] == span.text

    @pytest.mark.parametrize("name", ALL_SEEDS)
    def test_round_trips(self, name: str) -> None:
        """Rendering a seed's article and parsing it again gives it back."""
        _, report = _report(name)

        assert report.article == parse_article(render_article(report.article))

    @pytest.mark.parametrize("name", ALL_SEEDS)
    def test_id_is_stable(self, name: str) -> None:
        """The id is fixed by the content: these values hold on any machine."""
        text, _ = _report(name)

        assert {
            TestSrettha.name: "art-b2eb33e961b6cab8",
            TestAscnProvinces.name: "art-ea653ae85a807547",
            TestAdgminBangkok.name: "art-2b4a40e6e4b95bfb",
        }[name] == parse_article(text).id
