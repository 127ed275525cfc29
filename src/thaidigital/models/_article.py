"""A news article as structured text: metadata and a tuple of blocks."""

from __future__ import annotations

import attrs

from thaidigital._errors import InvalidValueError
from thaidigital.models._dates import PartialDate
from thaidigital.models._validators import at_least, not_blank, optional, tuple_of
from thaidigital.models._values import Evidence, Place

__all__ = ["Article", "Block", "Heading", "ListItem", "Paragraph"]


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of body text.

    Attributes:
        text: The paragraph, whitespace normalised.
        label: A lead-in label the paragraph opens with ("Cybersecurity" in
            "Cybersecurity: The establishment of …"), or ``None``. When set,
            ``text`` starts with the label followed by a colon.

    Example:
        >>> from thaidigital import Paragraph
        >>> Paragraph(text="Cybersecurity: CERT was acknowledged.", label="Cybersecurity").label
        'Cybersecurity'

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=not_blank())
    label: str | None = attrs.field(default=None, validator=optional(not_blank()))

    def __attrs_post_init__(self) -> None:
        if self.label is not None and not self.text.startswith(self.label + ":"):
            raise InvalidValueError(
                "label",
                self.label,
                f"the text must start with {self.label + ':'!r}",
            )


@attrs.frozen(kw_only=True)
class Heading:
    """A short line that introduces what follows ("Key discussions included:").

    Attributes:
        text: The heading as written.

    Example:
        >>> from thaidigital import Heading
        >>> Heading(text="Key discussions and endorsements included:").text[-1]
        ':'

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=not_blank())


@attrs.frozen(kw_only=True)
class ListItem:
    """One item of a bulleted or numbered list.

    Attributes:
        text: The item without its bullet or number.
        number: Its number in a numbered list ("1."), or ``None`` for a bullet.

    Example:
        >>> from thaidigital import ListItem
        >>> ListItem(text="The Thailand-Cambodia agreement …").number is None
        True

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=not_blank())
    number: int | None = attrs.field(default=None, validator=optional(at_least(1)))


Block = Paragraph | Heading | ListItem
"""One unit of an article's body."""


_BLOCK_TYPES = (Paragraph, Heading, ListItem)


@attrs.frozen(kw_only=True)
class Article:
    """A news article with its metadata and body, boilerplate removed.

    Attributes:
        id: A stable identifier derived from the article's content.
        title: The headline.
        subtitle: The standfirst under the headline, or ``None``.
        published: The publication date as precise as the page gives it.
        dateline: Where the story was filed ("BANGKOK, 16 JANUARY 2025 –"),
            which is not necessarily where the events happened.
        byline: The author or agency as credited ("National News Bureau of
            Thailand").
        url: The page address, or ``None``.
        outlet: The publication's name, or ``None``.
        read_minutes: The page's reading-time estimate ("2 min read").
        blocks: The body: paragraphs, headings and list items in order.
        breadcrumbs: The site sections the page sits under, outermost first.
        tags: The page's topic tags.
        source_tags: The news agencies credited in parentheses, at the end of
            the text ("(NNT)", "(TNA)") or in the dateline ("TOKYO (Jiji
            Press) —"), without the parentheses: ``("NNT",)``.
        language: The BCP 47 tag of the text ("en", "th").

    Example:
        >>> from thaidigital import Article, Paragraph, Evidence
        >>> art = Article(id="a1", title="Digital future of ASEAN",
        ...               blocks=(Paragraph(text="The meeting took place in Bangkok."),))
        >>> art.quote(Evidence(block=0, start=26, end=33))
        'Bangkok'
        >>> art.quote(Evidence(block=-1, start=0, end=7))
        'Digital'

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=not_blank())
    title: str = attrs.field(validator=not_blank())
    subtitle: str | None = attrs.field(default=None, validator=optional(not_blank()))
    published: PartialDate | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(PartialDate)),
    )
    dateline: Place | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(Place)),
    )
    byline: str | None = attrs.field(default=None, validator=optional(not_blank()))
    url: str | None = attrs.field(default=None, validator=optional(not_blank()))
    outlet: str | None = attrs.field(default=None, validator=optional(not_blank()))
    read_minutes: int | None = attrs.field(
        default=None, validator=optional(at_least(1))
    )
    blocks: tuple[Paragraph | Heading | ListItem, ...] = attrs.field(
        default=(), validator=tuple_of(_BLOCK_TYPES)
    )
    breadcrumbs: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(str, not_blank())
    )
    tags: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(str, not_blank())
    )
    source_tags: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(str, not_blank())
    )
    language: str = attrs.field(default="en", validator=not_blank())

    def block_text(self, index: int) -> str:
        """The text of block ``index``; ``-1`` is the title.

        Raises:
            IndexError: there is no such block.
        """
        if index == -1:
            return self.title
        if not 0 <= index < len(self.blocks):
            raise IndexError(
                f"block {index} is outside the article's {len(self.blocks)} blocks"
            )
        return self.blocks[index].text

    def quote(self, evidence: Evidence) -> str:
        """The words an ``Evidence`` span points at.

        Raises:
            IndexError: the span lies outside its block, or the block does
                not exist.

        .. versionadded:: 0.1.0
        """
        text = self.block_text(evidence.block)
        if evidence.end > len(text):
            raise IndexError(
                f"span {evidence.start}..{evidence.end} is outside block "
                f"{evidence.block}, which has {len(text)} characters"
            )
        return text[evidence.start : evidence.end]

    @property
    def text(self) -> str:
        """The body as plain text, blocks separated by blank lines."""
        return "\n\n".join(block.text for block in self.blocks)
