import pytest

from socialreply import UnknownPlatformError, count_length, get_profile
from socialreply.platforms import all_profiles

LIMITS = {
    "x": 280,
    "x_dm": 10_000,
    "facebook": 8_000,
    "messenger": 2_000,
    "instagram": 2_200,
    "instagram_dm": 1_000,
    "linkedin": 1_250,
    "tiktok": 150,
    "youtube": 10_000,
}


@pytest.mark.parametrize(("name", "limit"), sorted(LIMITS.items()))
def test_working_limits(name: str, limit: int) -> None:
    assert get_profile(name).limit == limit


def test_limit_override() -> None:
    assert get_profile("x", {"x": 25_000}).limit == 25_000
    assert get_profile("tiktok", {"x": 1}).limit == 150


def test_unknown_platform_names_the_choices() -> None:
    with pytest.raises(UnknownPlatformError, match="linkedin"):
        get_profile("myspace")


def test_dm_profiles_are_private_and_public_ones_move_to_dm() -> None:
    for profile in all_profiles():
        if profile.public:
            assert profile.never_in_public
        else:
            assert profile.dm_channel is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("hello", 5),
        ("café", 4),  # NFC: é is one code point
        ("cafe\u0301", 4),  # decomposed é normalises to one
        ("日本語", 6),  # CJK weighs 2
        ("hi 👋", 5),  # emoji weighs 2
        ("👍🏽", 2),  # emoji + skin tone modifier is one emoji
        ("👨‍👩‍👧", 2),  # ZWJ family sequence is one emoji
        ("🇫🇷", 2),  # flag (regional indicator pair)
        ("see https://example.com/a/very/long/path/that/goes/on/and/on", 4 + 23),
        ("www.example.com", 23),
        ("ok — fine", 9),  # em dash is in a weight-1 range
    ],
)
def test_x_weighted_counting(text: str, expected: int) -> None:
    assert count_length(text, "x_weighted") == expected


def test_chars_counting_is_plain_length() -> None:
    assert count_length("日本語 👋", "chars") == len("日本語 👋")


def test_x_counting_uses_the_tld_list() -> None:
    # a bare domain with a known TLD is a URL (23); an unknown "TLD" is plain text
    assert count_length("visit northwind.shop/returns now", "x_weighted") == 6 + 23 + 4
    assert count_length("file.notatld", "x_weighted") == len("file.notatld")
