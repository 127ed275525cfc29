"""Specification of thaidigital.reference: packaged data and lookups."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from thaidigital import reference
from thaidigital._errors import UnknownCodeError
from thaidigital.reference import _data
from thaidigital.reference._index import (
    Index,
    ReferenceDataError,
    exact_key,
    fold,
    is_acronym,
)
from thaidigital.reference._records import ordinal_label

# One row per lookup kind: (get twin, raising lookup, all records, identity of a
# record). Officeholders are found as a person, so their identity is the name.
Kind = tuple[
    Callable[[str], Any], Callable[[str], Any], Callable[[], tuple[Any, ...]], Any
]
KINDS: dict[str, Kind] = {
    "country": (
        reference.get_country,
        reference.country,
        reference.countries,
        lambda r: r.code,
    ),
    "province": (
        reference.get_province,
        reference.province,
        reference.provinces,
        lambda r: r.code,
    ),
    "organization": (
        reference.get_organization,
        reference.organization,
        reference.organizations,
        lambda r: r.key,
    ),
    "city": (reference.get_city, reference.city, reference.cities, lambda r: r.name),
    "meeting series": (
        reference.get_meeting_series,
        reference.meeting_series,
        reference.meeting_series_all,
        lambda r: r.key,
    ),
    "officeholder": (
        reference.get_officeholder,
        reference.officeholder,
        reference.officeholders,
        lambda r: r.name,
    ),
    "smart-city dimension": (
        reference.get_smart_dimension,
        reference.smart_dimension,
        reference.smart_dimensions,
        lambda r: r.key,
    ),
}


def _all_variants() -> list[tuple[str, Any, str]]:
    """Every (kind, record, variant) triple in the shipped data."""
    return [
        (kind, record, variant)
        for kind, (_, _, records, _) in KINDS.items()
        for record in records()
        for variant in record.variants
    ]


ALL_VARIANTS = _all_variants()


class TestFold:
    """Names fold to a form that ignores case, spacing, punctuation, accents."""

    @pytest.mark.parametrize(
        "text",
        ["Chon Buri", "Chonburi", "chon-buri", "CHON BURI", " chon.buri "],
    )
    def test_spacing_case_and_punctuation_fold_away(self, text: str) -> None:
        """Spaces, hyphens, dots and case do not matter."""
        assert fold(text) == "chonburi"

    def test_dots_and_apostrophes_fold_away(self) -> None:
        """Dotted abbreviations and apostrophes fold like plain letters."""
        assert fold("lao pdr") == fold("Lao P.D.R.")
        assert fold("Ministers Meeting") == fold("Ministers' Meeting")

    def test_latin_diacritics_are_dropped(self) -> None:
        """Accents on Latin letters are dropped."""
        assert fold("Việt Nam") == "vietnam"
        assert fold("Türkiye") == "turkiye"

    def test_thai_marks_are_kept(self) -> None:
        """Thai vowel and tone marks are part of the word and stay."""
        assert fold("น่าน") != fold("นาน")
        assert fold("ชลบุรี") == fold(" ชล บุรี ")

    def test_thai_abbreviation_dots_fold_away(self) -> None:
        """The dots of Thai abbreviations fold away like Latin ones."""
        assert fold("สพธอ") == fold("สพธอ.")

    def test_leading_the_is_dropped(self) -> None:
        """A leading English "the" is dropped, a "the" inside a word is not."""
        assert fold("Philippines") == fold("the Philippines")
        assert fold("THE  Philippines") == fold("Philippines")
        assert fold("Thebes") == "thebes"

    def test_public_alias(self) -> None:
        """fold_name is the documented name of the folding function."""
        assert fold("Việt Nam") == reference.fold_name("Việt Nam")

    @given(st.text())
    def test_folding_is_idempotent(self, text: str) -> None:
        """Folding a folded name changes nothing."""
        once = fold(text)
        assert once == fold(once)

    @given(st.text(alphabet=st.characters(codec="ascii")))
    def test_ascii_case_never_matters(self, text: str) -> None:
        """Upper- and lower-case ASCII text fold alike."""
        assert fold(text.lower()) == fold(text.upper())

    @given(st.text(alphabet=st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F)))
    def test_thai_block_is_never_stripped(self, text: str) -> None:
        """Every character of the Thai block survives folding."""
        assert unicode_nfkd_length(text) == len(fold(text))


def unicode_nfkd_length(text: str) -> int:
    """Length of *text* after NFKD (one Thai vowel decomposes into two)."""
    import unicodedata

    return len(unicodedata.normalize("NFKD", text))


class TestExactKeys:
    """Codes and short all-capital acronyms match only in exact capitals."""

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("US", True),
            ("U.S.A.", True),
            ("the EU", True),
            ("ASEAN", True),
            ("ADGMIN", False),
            ("Depa", False),
            ("depa", False),
            ("BoI", False),
            ("สพธอ.", False),
            ("U S", False),
        ],
    )
    def test_acronym_shapes(self, name: str, expected: bool) -> None:
        """One to five capitals, optionally dotted, make an acronym."""
        assert expected == is_acronym(name)

    def test_exact_key_keeps_capitals(self) -> None:
        """The exact form drops dots, space and "the", never case."""
        assert exact_key(" the U.S. ") == "US"
        assert exact_key("us") == "us"


class TestCountry:
    """country() finds every ISO 3166-1 country by code or name."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("Viet Nam", "VN"),
            ("Vietnam", "VN"),
            ("Việt Nam", "VN"),
            ("viet-nam", "VN"),
            ("เวียดนาม", "VN"),
            ("Russia", "RU"),
            ("South Korea", "KR"),
            ("Korea, Republic of", "KR"),
            ("UK", "GB"),
            ("U.K.", "GB"),
            ("Britain", "GB"),
            ("Laos", "LA"),
            ("Lao PDR", "LA"),
            ("Lao P.D.R.", "LA"),
            ("the Philippines", "PH"),
            ("Burma", "MM"),
            ("East Timor", "TL"),
            ("ประเทศไทย", "TH"),
            ("US", "US"),
            ("the US", "US"),
            ("U.S.", "US"),
            ("USA", "US"),
            ("CAN", "CA"),
            ("DE", "DE"),
            ("DEU", "DE"),
            ("Germany", "DE"),
            ("Türkiye", "TR"),
            ("Côte d'Ivoire", "CI"),
            ("Taiwan", "TW"),
            ("จีน", "CN"),
        ],
    )
    def test_known_forms(self, text: str, code: str) -> None:
        """Codes, ISO names, ASEAN spellings and Thai names all resolve."""
        assert code == reference.country(text).code

    @pytest.mark.parametrize(("legacy", "code"), [("BU", "MM"), ("TP", "TL")])
    def test_withdrawn_codes_map_to_successors(self, legacy: str, code: str) -> None:
        """Withdrawn codes still look up, to the country that replaced them."""
        assert code == reference.country(legacy).code
        assert not reference.is_country_code(legacy)

    @pytest.mark.parametrize(
        "text", ["us", "can", "de", "Lao", "Korea", "EU", "European Union", "Siam"]
    )
    def test_clashing_and_ambiguous_forms_do_not_match(self, text: str) -> None:
        """Lower-case codes, bare "Korea"/"Lao" and the EU are not countries."""
        assert reference.get_country(text) is None

    def test_wrong_case_code_is_suggested(self) -> None:
        """A code in the wrong case raises, suggesting the country it names."""
        with pytest.raises(UnknownCodeError) as info:
            reference.country("us")
        assert info.value.suggestions == ("United States",)
        assert info.value.kind == "country"
        assert info.value.query == "us"

    def test_typo_is_suggested(self) -> None:
        """A misspelt name suggests the close name."""
        with pytest.raises(UnknownCodeError, match="did you mean 'Philippines'"):
            reference.country("Phillipines")

    def test_error_is_a_lookup_error(self) -> None:
        """An unknown name raises a LookupError with no suggestion for nonsense."""
        with pytest.raises(LookupError) as info:
            reference.country("Atlantis")
        assert info.value.suggestions == ()  # type: ignore[attr-defined]

    def test_every_assigned_code_is_listed(self) -> None:
        """All 249 officially assigned alpha-2 codes are there, sorted."""
        codes = [record.code for record in reference.countries()]
        assert len(codes) == 249
        assert sorted(codes) == codes
        assert all(reference.is_country_code(code) for code in codes)

    @pytest.mark.parametrize("code", ["UK", "EU", "vn", "Vn", "VNM", "", "XX"])
    def test_is_country_code_rejects_non_codes(self, code: str) -> None:
        """Aliases, reserved codes, other cases and alpha-3 are not alpha-2 codes."""
        assert not reference.is_country_code(code)

    def test_asean_members(self) -> None:
        """Eleven members, with the names ASEAN writes and their accession."""
        members = {r.code: r for r in reference.countries() if r.asean_member}
        expected = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"}
        assert set(members) == expected
        assert members["VN"].name == "Viet Nam"
        assert members["LA"].name == "Lao PDR"
        assert members["LA"].iso_name == "Lao People's Democratic Republic"
        assert members["TH"].asean_joined == "1967-08-08"
        assert members["MM"].asean_joined == "1997"
        assert members["TL"].asean_joined == "2025-10-26"

    def test_dialogue_partners(self) -> None:
        """Ten countries are dialogue partners (the EU, the eleventh, is not one)."""
        partners = {r.code: r for r in reference.countries() if r.dialogue_partner}
        expected = {"AU", "CA", "CN", "IN", "JP", "KR", "NZ", "RU", "GB", "US"}
        assert set(partners) == expected
        assert partners["GB"].dialogue_partner_since == "2021"
        assert partners["CA"].dialogue_partner_since is None
        assert partners["KR"].name == "Republic of Korea"

    def test_non_members_use_common_names(self) -> None:
        """Other countries show their common name, keeping the ISO name."""
        iran = reference.country("IR")
        assert iran.name == "Iran"
        assert iran.iso_name == "Iran, Islamic Republic of"
        assert iran.asean_joined is None
        assert not iran.asean_member

    def test_thai_names_are_the_thai_script_variants(self) -> None:
        """thai_names lists exactly the Thai-script variants."""
        laos = reference.country("LA")
        assert laos.thai_names == ("สาธารณรัฐประชาธิปไตยประชาชนลาว", "ลาว", "สปป.ลาว")
        assert set(laos.thai_names) < set(laos.variants)

    def test_str_names_code(self) -> None:
        """str() gives the display name and the code."""
        assert str(reference.country("vietnam")) == "Viet Nam (VN)"


class TestProvince:
    """province() finds every ISO 3166-2:TH subdivision."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("Chonburi", "TH-20"),
            ("Chon Buri", "TH-20"),
            ("chon-buri", "TH-20"),
            ("ชลบุรี", "TH-20"),
            ("TH-20", "TH-20"),
            ("th-20", "TH-20"),
            ("Bangkok", "TH-10"),
            ("BKK", "TH-10"),
            ("กทม.", "TH-10"),
            ("Krung Thep Maha Nakhon", "TH-10"),
            ("Korat", "TH-30"),
            ("Ayutthaya", "TH-14"),
            ("Pattaya", "TH-S"),
            ("Phang-nga", "TH-82"),
            ("Samut Prakarn", "TH-11"),
            ("หนองบัวลำพู", "TH-39"),
            ("หนองบัวลำภู", "TH-39"),
        ],
    )
    def test_known_forms(self, text: str, code: str) -> None:
        """Codes, ISO names, common names, variants and Thai names resolve."""
        assert code == reference.province(text).code

    def test_acceptance_print(self) -> None:
        """Printing the Chonburi record shows plainly that it is Chon Buri, TH-20."""
        record = reference.province("Chonburi")
        assert str(record) == "Chon Buri (TH-20)"
        assert repr(record).startswith("ProvinceRecord(code='TH-20', name='Chon Buri'")

    def test_str_shows_common_and_iso_names(self) -> None:
        """Where the common name differs, str() shows both names."""
        assert (
            str(reference.province("Bangkok"))
            == "Bangkok (Krung Thep Maha Nakhon, TH-10)"
        )

    @pytest.mark.parametrize("text", ["bkk", "Surat", "Siam", "Chiang"])
    def test_clashing_forms_do_not_match(self, text: str) -> None:
        """Lower-case acronyms and forms left out on purpose do not match."""
        assert reference.get_province(text) is None

    def test_misspelling_suggests_one_close_name(self) -> None:
        """ "Chiang Mia" suggests Chiang Mai only, as the error docstring shows."""
        with pytest.raises(UnknownCodeError) as info:
            reference.province("Chiang Mia")
        expected = "unknown province 'Chiang Mia'; did you mean 'Chiang Mai'?"
        assert expected == str(info.value)

    def test_all_78_subdivisions(self) -> None:
        """76 provinces, Bangkok and Pattaya, each with a valid code."""
        records = reference.provinces()
        assert len(records) == 78
        assert Counter(
            {
                "Province": 76,
                "Metropolitan administration": 1,
                "Special administrative city": 1,
            }
        ) == Counter(r.type for r in records)
        assert all(reference.is_province_code(r.code) for r in records)

    def test_region_counts(self) -> None:
        """The six-region split matches the compiled counts (Pattaya in the East)."""
        expected = Counter(North=9, Northeast=20, Central=22, East=8, West=5, South=14)
        assert expected == Counter(r.region for r in reference.provinces())

    @pytest.mark.parametrize("code", ["th-20", "TH20", "TH-99", "20", ""])
    def test_is_province_code_is_exact(self, code: str) -> None:
        """Only codes written exactly as ISO writes them pass."""
        assert not reference.is_province_code(code)


class TestOrganization:
    """organization() finds Thai agencies and international organisations."""

    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("depa", "depa"),
            ("DEPA", "depa"),
            ("Depa", "depa"),
            ("Digital Economy Promotion Agency", "depa"),
            ("ดีป้า", "depa"),
            ("DES", "MDES"),
            ("MDES", "MDES"),
            ("DE Ministry", "MDES"),
            ("ITU", "ITU"),
            ("ASEAN Secretariat", "ASEC"),
            ("EU", "EU"),
            ("the EU", "EU"),
            ("European Union", "EU"),
            ("ASEAN", "ASEAN"),
            ("Asean", "ASEAN"),
            ("อาเซียน", "ASEAN"),
            ("BoI", "BOI"),
            ("สพธอ.", "ETDA"),
            ("National Telecom Public Company Limited", "NT"),
        ],
    )
    def test_known_forms(self, text: str, key: str) -> None:
        """Keys, acronyms, names and Thai names resolve."""
        assert key == reference.organization(text).key

    @pytest.mark.parametrize("text", ["des", "eu", "nt", "cat", "tot", "ICT"])
    def test_clashing_acronyms_need_capitals(self, text: str) -> None:
        """Acronyms that are also words match only in capitals."""
        assert reference.get_organization(text) is None

    def test_thai_agencies_are_thai(self) -> None:
        """Thai bodies carry country TH; international ones no country."""
        assert reference.organization("depa").country == "TH"
        assert reference.organization("ITU").country is None
        assert reference.organization("EU").kind == "international"

    def test_parents_and_successors_are_known_keys(self) -> None:
        """Every parent and successor names an organisation in the data."""
        keys = {record.key for record in reference.organizations()}
        for record in reference.organizations():
            assert record.parent is None or record.parent in keys
            assert record.successor is None or record.successor in keys

    def test_hierarchy(self) -> None:
        """depa reports to MDES; ASEC to ASEAN; the NBTC is independent."""
        assert reference.organization("depa").parent == "MDES"
        assert reference.organization("ASEC").parent == "ASEAN"
        assert reference.organization("NBTC").parent is None
        assert reference.organization("TOT").successor == "NT"

    def test_kinds_are_from_the_vocabulary(self) -> None:
        """Every kind is one of the documented values."""
        vocabulary = {
            "government",
            "ministry",
            "office",
            "department",
            "agency",
            "committee",
            "regulator",
            "state_enterprise",
            "international",
        }
        assert {r.kind for r in reference.organizations()} <= vocabulary

    def test_str(self) -> None:
        """str() gives the name and acronym, or the name alone."""
        assert (
            str(reference.organization("depa"))
            == "Digital Economy Promotion Agency (depa)"
        )
        bare = attrs.evolve(reference.organization("ITU"), acronym=None)
        assert str(bare) == "International Telecommunication Union"


class TestCity:
    """city() finds ASEAN Smart Cities Network members."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Danang", "Da Nang"),
            ("Ha Noi", "Hanoi"),
            ("HCMC", "Ho Chi Minh City"),
            ("Naypyidaw", "Nay Pyi Taw"),
            ("Jakarta", "DKI Jakarta"),
            ("Chon Buri", "Chonburi"),
            ("Preah Sihanouk", "Sihanoukville"),
        ],
    )
    def test_known_forms(self, text: str, name: str) -> None:
        """Every variant resolves to the ASCN's name."""
        assert name == reference.city(text).name

    def test_members(self) -> None:
        """26 pilot cities of 2018, then three in 2023 and two in 2024."""
        years = Counter(record.ascn_joined for record in reference.cities())
        assert Counter({2018: 26, 2023: 3, 2024: 2}) == years

    def test_codes_are_valid(self) -> None:
        """Countries are ISO codes; Thai members carry their province code."""
        for record in reference.cities():
            assert reference.is_country_code(record.country)
            assert (record.province is not None) == (record.country == "TH")
            if record.province is not None:
                assert reference.is_province_code(record.province)

    def test_str(self) -> None:
        """str() gives the name and the country code."""
        assert str(reference.city("Chiang Mai")) == "Chiang Mai, TH"


class TestMeetings:
    """meeting_series() and meeting() find known meetings."""

    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("ADGMIN", "ADGMIN"),
            ("adgmin", "ADGMIN"),
            ("ASEAN Digital Ministerial Meeting", "ADGMIN"),
            ("ASEAN Digital Ministers' Meeting", "ADGMIN"),
            ("ASEAN Digital Ministers’ Meeting", "ADGMIN"),
            ("ASEAN Digital Ministers Meeting", "ADGMIN"),
            ("ADGMIN Meeting", "ADGMIN"),
            ("ASCN", "ASCN"),
            ("ASCN annual gathering", "ASCN"),
            ("ASEAN Smart Cities Network Annual Meeting", "ASCN"),
        ],
    )
    def test_series_forms(self, text: str, key: str) -> None:
        """Keys and name variants resolve to the series."""
        assert key == reference.meeting_series(text).key

    def test_meeting_by_any_series_form(self) -> None:
        """A meeting is found by series key or name and its number."""
        by_key = reference.meeting("ADGMIN", 5)
        assert by_key is reference.meeting("ASEAN Digital Ministerial Meeting", 5)
        assert by_key.start == "2025-01-16"
        assert by_key.end == "2025-01-17"
        assert by_key.chair == "Prasert Jantararuangtong"
        assert by_key.vice_chair == "Nguyen Manh Hung"
        assert by_key.documents[0] == "Bangkok Digital Declaration"
        assert len(by_key.documents) == 8
        assert (
            by_key.theme
        ) == "Secure, Innovative, Inclusive: Shaping ASEAN's Digital Future"

    def test_unknown_facts_are_none(self) -> None:
        """What the sources do not give is None, not an empty string."""
        second = reference.meeting("ADGMIN", 2)
        unknown = (second.start, second.end, second.city, second.theme)
        assert unknown == (None, None, None, None)
        assert second.dates_scope == "unknown"
        assert reference.meeting("ASCN", 1).chair is None

    def test_ascn_meetings(self) -> None:
        """The eight ASCN annual meetings, with notes restated as fields."""
        ascn = [r for r in reference.meetings() if r.series == "ASCN"]
        assert list(range(1, 9)) == [r.ordinal for r in ascn]
        assert ascn[1].documents == ("ASCN Terms of Reference",)
        assert ascn[4].theme == "ASEAN A.C.T.: Addressing Challenges Together"
        assert ascn[0].note == "inaugural meeting"

    def test_meeting_codes_are_valid(self) -> None:
        """Every meeting has a valid host country and a known format."""
        for record in reference.meetings():
            assert reference.is_country_code(record.country)
            assert record.format in {"in-person", "virtual"}
            assert record.start is None or record.start[:4] == str(record.year)

    def test_unknown_meeting_suggests_neighbours(self) -> None:
        """An unknown number raises and suggests the series' nearest meetings."""
        with pytest.raises(UnknownCodeError) as info:
            reference.meeting("ADGMIN", 7)
        assert info.value.query == "7th ADGMIN"
        assert info.value.suggestions == ("6th ADGMIN", "5th ADGMIN", "4th ADGMIN")

    def test_unknown_series_raises(self) -> None:
        """An unknown series raises for the series, not the meeting."""
        with pytest.raises(UnknownCodeError) as info:
            reference.meeting("NOSUCHMIN", 19)
        assert info.value.kind == "meeting series"

    def test_get_meeting(self) -> None:
        """get_meeting returns None for an unknown series or number."""
        assert reference.get_meeting("adgmin", 6).city == "Hanoi"  # type: ignore[union-attr]
        assert reference.get_meeting("ADGMIN", 99) is None
        assert reference.get_meeting("TELMIN", 1) is None

    def test_str(self) -> None:
        """str() gives the ordinal, series, year and place."""
        assert str(reference.meeting("ADGMIN", 2)) == "2nd ADGMIN (2022, MM)"
        assert (
            str(reference.meeting_series("ASCN"))
            == "ASEAN Smart Cities Network Annual Meeting (ASCN)"
        )

    @pytest.mark.parametrize(
        ("number", "label"),
        [
            (1, "1st"),
            (2, "2nd"),
            (3, "3rd"),
            (4, "4th"),
            (11, "11th"),
            (12, "12th"),
            (13, "13th"),
            (21, "21st"),
            (112, "112th"),
        ],
    )
    def test_ordinal_labels(self, number: int, label: str) -> None:
        """English ordinals get their suffixes, teens included."""
        assert label == ordinal_label(number)


class TestOfficeholder:
    """officeholder() finds people in office by any spelling."""

    def test_press_spelling(self) -> None:
        """The Nation's spelling finds the Prasert Jantararuangtong record."""
        record = reference.officeholder("Prasert Chantararuangthong")
        assert record.name == "Prasert Jantararuangtong"
        assert record.role == "des_minister"
        assert record.start == "2023-09-01"
        assert record is reference.officeholder("ประเสริฐ จันทรรวงทอง")

    def test_person_with_two_terms(self) -> None:
        """A name finds the latest term; officeholder_terms lists them all."""
        terms = reference.officeholder_terms("Phumtham Wechayachai")
        assert [term.start for term in terms] == ["2024-08-14", "2025-07-03"]
        assert terms[-1] is reference.officeholder("phumtham wechayachai")

    def test_str(self) -> None:
        """str() gives the name, office and term; open ends show as '..'."""
        assert (
            str(reference.officeholder("Takaichi"))
            == "Sanae Takaichi (JP prime_minister, 2025-10-21/..)"
        )
        assert (
            str(
                reference.OfficeholderRecord(
                    name="X", role="des_minister", country="TH"
                )
            )
            == "X (TH des_minister, ../..)"
        )

    def test_unknown_name(self) -> None:
        """An unknown name raises, suggesting a close spelling."""
        with pytest.raises(UnknownCodeError, match="'Srettha Thavisin'"):
            reference.officeholder("Srettha Tavisin")
        with pytest.raises(UnknownCodeError):
            reference.officeholder_terms("Nobody")


class TestSmallTables:
    """Smart-city dimensions and Thai months."""

    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("mobility", "mobility"),
            ("Smart Mobility", "mobility"),
            ("Smart Travel and Transportation", "mobility"),
            ("Smart Citizen", "people"),
            ("การบริหารภาครัฐอัจฉริยะ", "governance"),
        ],
    )
    def test_smart_dimension_forms(self, text: str, key: str) -> None:
        """Keys, names, alternative names and Thai names resolve."""
        assert key == reference.smart_dimension(text).key

    def test_seven_dimensions(self) -> None:
        """depa's framework has seven dimensions."""
        assert len(reference.smart_dimensions()) == 7
        assert str(reference.smart_dimension("people")) == "Smart People"

    def test_thai_months(self) -> None:
        """Twelve months in order, with their CLDR abbreviations."""
        months = reference.thai_months()
        assert list(range(1, 13)) == [month.number for month in months]
        assert (months[0].full, months[0].abbr) == ("มกราคม", "ม.ค.")
        assert str(months[11]) == "ธันวาคม"


class TestIntegrity:
    """The shipped data is consistent, unambiguous and complete."""

    def test_no_ambiguous_keys(self) -> None:
        """Every index builds: no key is claimed by two records."""
        for build in (
            _data.country_index,
            _data.province_index,
            _data.organization_index,
            _data.city_index,
            _data.meeting_series_index,
            _data.officeholder_index,
            _data.smart_dimension_index,
        ):
            exact, folded = build().keys()
            assert exact or folded

    def test_ambiguity_is_detected(self) -> None:
        """Two records claiming one folded key make a clear error."""
        with pytest.raises(
            ReferenceDataError, match="ambiguous thing keys: 'chonburi'"
        ):
            Index(
                "thing", [("a", "A", (), ["Chon Buri"]), ("b", "B", (), ["chonburi"])]
            )

    def test_exact_ambiguity_is_detected(self) -> None:
        """Two records claiming one code make a clear error too."""
        with pytest.raises(ReferenceDataError, match="'XX'"):
            Index("thing", [("a", "A", ["XX"], ()), ("b", "B", (), ["X.X."])])

    def test_names_that_fold_to_nothing_are_skipped(self) -> None:
        """A name with no letter or digit gives no key."""
        index = Index("thing", [("a", "A", (), ["--", "Ab"])])
        assert index.keys() == ((), ("ab",))
        assert index.find("--") is None
        assert index.suggest("--") == ()

    def test_every_variant_finds_its_record(self) -> None:
        """Each listed variant of each record looks up to that record."""
        strays = []
        for kind, record, variant in ALL_VARIANTS:
            get, _, _, identity = KINDS[kind]
            found = get(variant)
            if found is None or identity(found) != identity(record):
                strays.append((kind, variant, found))
        assert strays == []
        assert len(ALL_VARIANTS) > 1000

    @given(st.sampled_from(ALL_VARIANTS), st.sampled_from(["", " ", "-", "  "]))
    def test_variants_survive_respacing(
        self, triple: tuple[str, Any, str], joiner: str
    ) -> None:
        """Changing the spacing of a non-acronym variant still finds its record."""
        kind, record, variant = triple
        assume(not is_acronym(variant))
        words = variant.split()
        if words[0].lower() == "the":  # "the" is dropped only as a word
            words[:2] = [" ".join(words[:2])]
        get, _, _, identity = KINDS[kind]
        found = get(joiner.join(words))
        assert found is not None
        assert identity(record) == identity(found)

    @given(st.sampled_from(ALL_VARIANTS))
    def test_variants_survive_lower_case(self, triple: tuple[str, Any, str]) -> None:
        """Lower-casing a non-acronym variant still finds its record."""
        kind, record, variant = triple
        assume(not is_acronym(variant))
        get, _, _, identity = KINDS[kind]
        assert identity(record) == identity(get(variant.lower()))

    @given(st.sampled_from(list(KINDS)), st.text(max_size=30))
    def test_lookups_never_fail_otherwise(self, kind: str, text: str) -> None:
        """Any text gives a record or None, and the raising twin agrees."""
        get, lookup, _, identity = KINDS[kind]
        found = get(text)
        if found is None:
            with pytest.raises(UnknownCodeError) as info:
                lookup(text)
            assert len(info.value.suggestions) <= 3
        else:
            assert identity(found) == identity(lookup(text))

    @pytest.mark.parametrize("kind", list(KINDS))
    def test_every_record_has_variants(self, kind: str) -> None:
        """No record lacks names, and its first variant is its display name."""
        for record in KINDS[kind][2]():
            display = record.common_name if kind == "province" else record.name
            assert display == record.variants[0]

    def test_records_are_frozen(self) -> None:
        """Records cannot be changed in place."""
        record = reference.country("TH")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            record.name = "Siam"  # type: ignore[misc]

    def test_iterations_are_cached_tuples(self) -> None:
        """Iteration functions return the same tuple each time."""
        assert reference.countries() is reference.countries()
        assert isinstance(reference.meetings(), tuple)

    def test_import_reads_nothing(self) -> None:
        """Importing the package reads no data file."""
        code = (
            "import sys, thaidigital.reference, thaidigital.reference._data as d\n"
            "loaded = [n for n in dir(d) if hasattr(getattr(d, n), 'cache_info')"
            " and getattr(d, n).cache_info().currsize]\n"
            "sys.exit(1 if loaded else 0)\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)

    def test_all_is_sorted_and_importable(self) -> None:
        """__all__ is sorted and every name in it exists."""
        assert sorted(reference.__all__) == reference.__all__
        for name in reference.__all__:
            assert getattr(reference, name) is not None


class TestVenues:
    def test_capitals_and_venues(self):
        """Capitals and meeting venues resolve to their country."""
        assert ("JP", "PH", "ID") == tuple(
            reference.venue(name).country for name in ("Tokyo", "Boracay", "Bali")
        )

    def test_ascn_cities_keep_their_record(self):
        """An ASCN city is the same record through venue() and city()."""
        assert reference.city("Hanoi") is reference.venue("Ha Noi")
        assert reference.venue("Chonburi").province == "TH-20"

    def test_no_duplicates(self):
        """Each venue appears once, ASCN cities first."""
        names = [record.name for record in reference.venues()]
        assert len(names) == len(set(names))
        assert names[: len(reference.cities())] == [c.name for c in reference.cities()]

    def test_unknown(self):
        """An unknown venue raises with the usual error; get_venue gives None."""
        with pytest.raises(UnknownCodeError):
            reference.venue("Atlantis")
        assert reference.get_venue("Atlantis") is None


class TestCapitals:
    def test_every_member_and_partner_has_one(self):
        """Each ASEAN member and dialogue-partner country has its capital."""
        codes = [
            r.code
            for r in reference.countries()
            if r.asean_member or r.dialogue_partner
        ]
        assert all(reference.get_capital(code) is not None for code in codes)
        assert "Hanoi" == reference.get_capital("VN").name

    def test_unknown(self):
        """A country outside the data has no capital here."""
        assert reference.get_capital("FR") is None


def test_long_texts_are_folded_without_filling_the_cache():
    """The fold cache keeps only name-length texts: a flood of long distinct
    inputs leaves its memory where it was."""
    from thaidigital.reference import _index

    before = _index._fold_cached.cache_info().currsize
    for n in range(200):
        assert _index.fold(f"The {'x' * 10_000}{n}") == "x" * 10_000 + str(n)
    assert _index._fold_cached.cache_info().currsize == before
