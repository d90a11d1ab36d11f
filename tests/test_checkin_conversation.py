"""The daily check-in, spoken: from the menu and one-shot, saved as a check-in note, a gentle streak,
the week in two sentences, bad input, failing storage, and cards of notes sent to the phone."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

from tools import alexa

from steady_ground.session import Consent, ReminderOffer
from steady_ground.storage.repository import NoteKind
from tests.support.checks import assert_valid_response
from tests.support.notes import asks_before_card


def checkins(items):
    return sorted((i for i in items() if i.get("kind") == "checkin"), key=lambda i: i["sk"])


def agree_to_notes(convo, reply):
    """The first save ever asks for consent (the notes feature): say yes when it does. The reply
    that follows carries everything heard since ``reply`` in ``heard``."""
    heard = [reply.speech]
    while isinstance(reply.state.question, Consent):
        reply = convo.say("yes")
        heard.append(reply.speech)
    reply.heard = " ".join(heard)
    return reply


def device(api):
    return alexa.Device(api_endpoint=api.endpoint)


def check_in(convo, mood, words="skip"):
    convo.say("check in")
    convo.say(mood)
    return agree_to_notes(convo, convo.say(words))


def test_check_in_from_the_menu_saves_a_check_in_note_with_its_data(talk, alexa_api, items):
    convo = talk(device=device(alexa_api))
    # GIVEN the launch menu
    assert "check-in" in convo.say("open steady ground").speech
    # WHEN they check in with a word and a few words
    reply = convo.say("check in")
    assert "one to five" in reply.speech and reply.reprompt.endswith("?")
    reply = convo.say("pretty good")
    assert "skip" in reply.speech.lower()
    assert any(d["type"] == "Dialog.ElicitSlot" for d in reply.directives)
    reply = agree_to_notes(convo, convo.say("we cooked together & it was <nice>"))
    # THEN it is saved, said so, and a practice is offered; the session goes on with a question
    assert "saved" in reply.speech.lower()
    assert "practice" in reply.heard.lower() or "try today" in reply.heard.lower()
    assert reply.speech.endswith("?") and reply.session_open
    assert_valid_response(reply.raw)
    [note] = checkins(items)
    assert note["text"] == "we cooked together & it was <nice>"
    assert note["data"]["rating"] == 4 and note["data"]["day"] == "2026-11-27"


def test_one_shot_check_in_with_a_number_and_no_words(talk, alexa_api, items):
    convo = talk(device=device(alexa_api))
    reply = convo.say("ask steady ground for my check in")
    assert "one to five" in reply.speech and reply.session_open
    convo.say("a 2")
    reply = agree_to_notes(convo, convo.say("skip"))
    assert "saved" in reply.speech.lower()
    [note] = checkins(items)
    assert note["data"]["rating"] == 2 and note["text"] == ""


def test_a_streak_is_mentioned_only_when_there_is_one_and_a_missed_day_brings_no_guilt(talk, alexa_api):
    convo = talk(device=device(alexa_api))
    convo.say("open steady ground")
    # Day 1: no streak to speak of
    first = check_in(convo, "fine")
    assert "in a row" not in first.speech and "running" not in first.speech
    convo.say("no")  # no reminder, thanks
    # Day 2: two days in a row
    convo.advance(1)
    convo.say("open steady ground")
    second = check_in(convo, "good")
    assert "2 days" in second.speech
    # Day 4, after a missed day: no streak, and nothing about missing
    convo.advance(2)
    convo.say("open steady ground")
    third = check_in(convo, "good")
    for word in ("in a row", "running", "missed", "forgot", "broke"):
        assert word not in third.speech.lower()


def test_the_week_in_two_sentences_after_seven_days(talk, alexa_api):
    convo = talk(device=device(alexa_api))
    days = [("3", "chores piled up"), ("hard", "argued about chores"), ("1", "silent dinner"),
            ("3", "chores again"), ("good", ""), ("3", "a calm walk"), ("3", "")]
    convo.say("open steady ground")
    for index, (mood, words) in enumerate(days):
        if index:
            convo.advance(1)
            convo.say("open steady ground")
        reply = check_in(convo, mood, words or "skip")
        assert "saved" in reply.speech.lower()
        if reply.state.mode == "checkin":
            convo.say("no")  # the reminder offer, once
    # WHEN they ask about the week (the first check-in was on Friday 27 November, New York time)
    reply = convo.say("how has this week been")
    # THEN two sentences: mostly threes, Sunday (the 1) the hardest, and chores the topic
    assert reply.speech.startswith("Mostly threes, with Sunday the hardest. You wrote most about chores.")
    assert reply.session_open and reply.speech.endswith("?")


def test_the_week_with_no_check_ins_says_so_and_offers_one(talk, alexa_api):
    reply = talk(device=device(alexa_api)).say("ask steady ground how has this week been")
    assert "check in" in reply.speech.lower() and reply.session_open


def test_check_ins_older_than_a_week_are_left_out(talk, alexa_api):
    convo = talk(device=device(alexa_api))
    convo.say("open steady ground")
    check_in(convo, "1")
    convo.say("no")
    convo.advance(8)
    convo.say("open steady ground")
    check_in(convo, "4")
    reply = convo.say("how has this week been")
    assert "one check-in this week, a 4" in reply.speech


def test_long_text_with_markup_is_kept_whole(talk, alexa_api, items):
    convo = talk(device=device(alexa_api))
    text = ('He said "fine" & <left> the room. ' * 60)[:2000]
    convo.say("open steady ground")
    reply = check_in(convo, "2", text)
    assert "saved" in reply.speech.lower()
    assert_valid_response(reply.raw)
    assert checkins(items)[0]["text"] == text.strip()


def test_silence_and_nonsense_at_the_mood_question_are_answered_and_nothing_is_saved(talk, alexa_api, items):
    convo = talk(device=device(alexa_api))
    convo.say("open steady ground")
    convo.say("check in")
    reply = convo.say("purple elephants")
    assert "checkin/not_a_rating" in reply.keys and reply.speech.endswith("?") and reply.session_open
    reply = convo.say("")  # silence: Alexa speaks the reprompt
    assert reply.speech.endswith("?")
    assert not checkins(items)


def test_when_storage_fails_the_check_in_is_not_called_saved(talk, alexa_api, items, monkeypatch):
    from steady_ground.storage.dynamo import DynamoNotesRepository
    from steady_ground.storage.errors import StorageUnavailable

    convo = talk(device=device(alexa_api))
    convo.say("open steady ground")
    check_in(convo, "3")  # consent given, first check-in kept
    convo.say("no")
    convo.advance(1)
    convo.say("open steady ground")

    def down(*args, **kwargs):
        raise StorageUnavailable("test")

    monkeypatch.setattr(DynamoNotesRepository, "add_note", down)
    reply = check_in(convo, "3", "a quiet day")
    assert "saved" not in reply.speech.lower().replace("wasn't saved", "").replace("isn't saved", "")
    assert "isn't in your notes" in reply.speech or "wasn't saved" in reply.speech or "isn't kept" in reply.speech
    assert reply.session_open
    assert len(checkins(items)) == 1


def test_send_that_to_my_phone_sends_the_newest_boundary_or_reflection(talk, alexa_api, dynamo):
    from steady_ground.config import Settings
    from steady_ground.identity import owner_for
    from steady_ground.storage.dynamo import DynamoNotesRepository

    convo = talk(device=device(alexa_api))
    convo.say("open steady ground")
    # GIVEN a boundary set two days ago and a reflection yesterday
    repo = DynamoNotesRepository(dynamo, "SteadyGroundNotes", 180)
    owner = owner_for(Settings.from_env().id_hash_secret, convo.device.user_id, None)
    repo.add_note(owner, NoteKind.BOUNDARY, "I step away when voices rise & come back later",
                  convo.clock - timedelta(days=2), "k1")
    repo.add_note(owner, NoteKind.REFLECTION, "What changed: we talk on Sundays", convo.clock - timedelta(days=1), "k2")
    # WHEN they ask for it on their phone, they are told first that anyone with the app can see it
    ask = convo.say("send that to my phone")
    assert asks_before_card(ask) and "Sundays" not in ask.speech
    reply = convo.say("yes")
    # THEN the newest (the reflection) goes to the app, and its words are not spoken aloud
    assert reply.card is not None
    assert reply.card[0] == "Your reflection"
    assert "we talk on Sundays" in reply.card[1]
    assert "Sundays" not in reply.speech
    assert reply.session_open and reply.speech.endswith("?")


def test_send_that_to_my_phone_with_nothing_saved_says_so(talk, alexa_api):
    convo = talk(device=device(alexa_api))
    convo.say("open steady ground")
    reply = convo.say("send that to my phone")
    assert reply.card is None
    assert "no boundary or reflection" in reply.speech.lower() or "don't have a boundary" in reply.speech.lower() \
        or "nothing to send" in reply.speech.lower()


# How people answer the mood question in their own words, by family (none of them a corpus line):
# each is taken as its rating, and turning down the few words saves none.
OWN_WORDS_MOODS = (
    ("pretty rubbish honestly", 2),  # a softened "rubbish" is a hard day, not the worst
    ("somewhere around a three", 3),  # a number hedged
    ("better than yesterday", 4),  # a day said against the one before
    ("not great not terrible", 3),  # neither end of the scale
)


# A rating said as a list pick, and a mood word said with "really" (which could also be how a talk went).
MOODS_THAT_SOUND_LIKE_OTHER_ANSWERS = (
    ("number five", 5),
    ("a five", 5),
    ("number two", 2),
    ("really good", 5),
    ("really really good", 5),
    ("yeah really good actually", 5),
    ("it went well", 4),
    ("really hard", 1),
)


# More of how a day is said, one of each family: registers and markets, a mood with its reason, a
# hedge, a number said around, and a self-correction. None of them is a corpus line.
EVERYDAY_MOODS = (
    ("honestly pretty dire", 1),  # a blunt word for the worst
    ("bit off today", 2),  # understatement
    ("rocky today", 2),
    ("not amazing if I'm honest", 2),  # a top word turned down by "not" is a hard day, not a great one
    ("a bit of a rollercoaster", 3),  # up and down, said as a picture
    ("okay, we didn't fight", 3),  # a mood with its reason
    ("nothing to write home about", 3),
    ("grand I suppose", 3),  # Irish and British "fine"
    ("we had a nice evening actually", 4),  # the reason alone says how it felt
    ("pretty solid", 4),
    ("couldn't be better", 5),
    ("like a two maybe", 2),  # a number hedged
    ("a three and a half", 3),  # between two: the first number said
    ("make that a three", 3),  # a number said again, corrected (the machine test has "two, no, make that three")
)


def test_a_mood_in_ordinary_words_is_taken_as_its_rating_and_declining_saves_no_words(talk, alexa_api, items):
    for nlu in ("literal", "general"):
        for said, rating in (*OWN_WORDS_MOODS, *MOODS_THAT_SOUND_LIKE_OTHER_ANSWERS, *EVERYDAY_MOODS):
            before = {n["sk"] for n in checkins(items)}
            convo = talk(device=device(alexa_api), nlu=nlu)
            convo.say("open steady ground")
            convo.say("check in")
            reply = convo.say(said)
            assert reply.said("checkin/heard_rating"), (nlu, said, reply.speech)
            assert "plan" not in reply.speech.lower() and "talk" not in reply.speech.lower(), (nlu, said, reply.speech)
            reply = agree_to_notes(convo, convo.say("nah not tonight"))
            assert "saved" in reply.heard.lower(), (nlu, said, reply.heard)
            [note] = [n for n in checkins(items) if n["sk"] not in before]
            assert note["data"]["rating"] == rating, (nlu, said, note["data"])
            assert note["text"] == "", (nlu, said, note["text"])


def test_a_mood_alexa_could_not_match_to_a_value_is_still_read_for_its_rating(talk, alexa_api, items):
    """A custom slot is open: words outside its values arrive as said, unresolved. The check-in reads
    them itself rather than asking again."""
    convo = talk(device=device(alexa_api))
    convo.say("open steady ground")
    convo.say("check in")
    mood = alexa.slot("mood", "not so brilliant really", slot_type="MoodType")
    reply = convo.send(alexa.intent("CheckInMoodIntent", {"mood": mood}))
    assert reply.said("checkin/heard_rating"), reply.speech
    assert any(low in reply.speech for low in ("honest about that", "heavy day", "Hard days count")), reply.speech
    agree_to_notes(convo, convo.say("no thanks"))
    [note] = checkins(items)
    assert note["data"]["rating"] == 2


def test_a_rating_between_two_numbers_is_said_back_as_between_them_and_the_lower_is_kept(talk, alexa_api, items):
    """Someone who says "two and a half" is told they were heard as between a two and a three,
    never that a two was a heavy day or that a three and a half was noted as a three."""
    for said, low, high in (("2.5", "two", "three"), ("three and a half", "three", "four")):
        before = {n["sk"] for n in checkins(items)}
        convo = talk(device=device(alexa_api))
        convo.say("open steady ground")
        convo.say("check in")
        # Alexa's number slot carries what it heard; the check-in reads it
        reply = convo.send(alexa.intent("CheckInRatingIntent", {"rating": alexa.slot("rating", said)}))
        assert f"between a {low} and a {high}" in reply.speech.lower() or (
            f"over a {low} but not quite a {high}" in reply.speech.lower()), reply.speech
        assert "noted as a" not in reply.speech and "heavy day" not in reply.speech, reply.speech
        agree_to_notes(convo, convo.say("skip"))
        [note] = [n for n in checkins(items) if n["sk"] not in before]
        assert note["data"]["rating"] == {"two": 2, "three": 3}[low]


def test_a_day_said_as_worse_than_yesterday_or_good_and_bad_is_not_called_good(talk, alexa_api, items):
    """Alexa fills the mood slot with words it has no value for; the check-in reads them: worse than
    yesterday is a hard day, good and bad a middle one, and neither is met with "that's good to hear"."""
    for said, rating in (("worse than yesterday", 2), ("good and bad, to be honest", 3),
                         ("we actually laughed at dinner", 4)):
        before = {n["sk"] for n in checkins(items)}
        convo = talk(device=device(alexa_api))
        convo.say("open steady ground")
        convo.say("check in")
        mood = alexa.slot("mood", said, slot_type="MoodType")
        reply = convo.send(alexa.intent("CheckInMoodIntent", {"mood": mood}))
        assert reply.said("checkin/heard_rating"), reply.speech
        good = any(w in reply.speech for w in ("good to hear", "some warmth", "Thanks for sharing"))
        assert good == (rating >= 4), (said, reply.speech)
        agree_to_notes(convo, convo.say("skip"))
        [note] = [n for n in checkins(items) if n["sk"] not in before]
        assert note["data"]["rating"] == rating, (said, note["data"])


def someone(api, name):
    """A device of its own account: each person below meets the reminder offer fresh."""
    return dataclasses.replace(device(api), user_id=f"amzn1.ask.account.{name}")


def set_hour(api):
    """The hour of the reminder set last, as Alexa was asked to ring it."""
    rule = list(api.state.reminders.values())[-1]["trigger"]["recurrence"]["recurrenceRules"][0]
    return int(re.search(r"BYHOUR=(\d+)", rule).group(1))


def at_the_reminder_offer(talk, alexa_api, nlu, name):
    person = someone(alexa_api, name)
    alexa_api.grant(person.api_access_token)  # reminders permission given
    convo = talk(device=person, nlu=nlu)
    convo.say("open steady ground")
    convo.say("check in")
    convo.say("good")
    reply = agree_to_notes(convo, convo.say("skip"))
    assert isinstance(reply.state.question, ReminderOffer), reply.speech
    return convo


def test_im_good_thanks_to_the_reminder_offer_is_a_polite_no_and_sure_why_not_a_yes(talk, alexa_api):
    for nlu in ("literal", "general"):
        for index, said in enumerate(("I'm good thanks", "I'm fine thank you", "I'm okay thanks")):
            convo = at_the_reminder_offer(talk, alexa_api, nlu, f"NO{nlu}{index}")
            before = len(alexa_api.state.reminders)
            reply = convo.say(said)
            # THEN no reminder, told how to ask for one later, and not offered again tomorrow
            assert reply.said("reminders/not_set_declined"), (nlu, said, reply.speech)
            assert len(alexa_api.state.reminders) == before
            convo.advance(1)
            convo.say("open steady ground")
            convo.say("check in")
            convo.say("good")
            assert "reminder" not in agree_to_notes(convo, convo.say("skip")).heard.lower(), (nlu, said)
        for index, said in enumerate(("yeah go on then", "sure why not")):
            convo = at_the_reminder_offer(talk, alexa_api, nlu, f"YES{nlu}{index}")
            before = len(alexa_api.state.reminders)
            reply = convo.say(said)
            assert len(alexa_api.state.reminders) == before + 1, (nlu, said, reply.speech)
            assert "8 p.m." in reply.speech


def test_an_hour_said_to_the_evening_reminder_offer_is_that_hour_in_the_evening_said_back_first(talk, alexa_api):
    for nlu in ("literal", "general"):
        for index, (said, spoken, hour) in enumerate((("remind me at eight", "8 p.m.", 20),
                                                      ("at seven thirty please", "7:30 p.m.", 19),
                                                      ("remind me at 9", "9 p.m.", 21),
                                                      ("eight please", "8 p.m.", 20),
                                                      ("make it nine", "9 p.m.", 21))):
            convo = at_the_reminder_offer(talk, alexa_api, nlu, f"AT{nlu}{index}")
            reply = convo.say(said)
            # THEN the time is said back before anything is set, so a wrong guess can be put right
            assert spoken in reply.speech and "a.m." not in reply.speech, (nlu, said, reply.speech)
            assert reply.speech.endswith("?")
            before = len(alexa_api.state.reminders)
            reply = convo.say("yes")
            assert len(alexa_api.state.reminders) == before + 1, (nlu, said, reply.speech)
            assert spoken in reply.speech, (nlu, said, reply.speech)
            assert set_hour(alexa_api) == hour, (nlu, said)
    # said in the morning's words, it stays in the morning
    convo = at_the_reminder_offer(talk, alexa_api, "literal", "MORNING")
    reply = convo.say("remind me every morning at 8")
    assert "8 a.m." in reply.speech, reply.speech


def test_another_voices_im_good_thanks_does_not_decline_annas_reminder_offer(talk, alexa_api):
    # One Echo, two people: Anna is recognised, Ben speaks between her turns (a mood said as a polite no)
    person = someone(alexa_api, "HOUSEHOLD")
    alexa_api.grant(person.api_access_token)
    convo = talk(device=person, nlu="general")
    convo.as_person("ANNA0001")
    convo.say("open steady ground")
    convo.say("check in")
    convo.say("good")
    offered = agree_to_notes(convo, convo.say("skip"))
    assert isinstance(offered.state.question, ReminderOffer), offered.speech
    before = len(alexa_api.state.reminders)
    convo.as_person("BEN00002")
    theirs = convo.say("I'm good thanks")
    # Ben's words are not Anna's answer: nothing declined for her, nothing of her check-in said to him
    assert not theirs.said("reminders/not_set_declined"), theirs.keys
    assert not [k for k in theirs.keys if k.startswith(("checkin/", "reminders/"))], theirs.keys
    assert "8 p.m." not in theirs.speech and "reminder" not in theirs.speech.lower(), theirs.speech
    convo.as_person("ANNA0001")
    mine = convo.say("yes")
    assert len(alexa_api.state.reminders) == before + 1, mine.speech
    assert "8 p.m." in mine.speech


def test_another_voices_odd_rating_is_not_kept_as_annas_and_nothing_of_hers_is_said_to_him(talk, alexa_api, items):
    # One Echo, two recognised voices: Anna is asked how today felt; Ben answers "two and a half" between her turns
    convo = talk(device=someone(alexa_api, "HOUSEHOLD_MOOD"))
    convo.as_person("ANNA0001")
    convo.say("open steady ground")
    assert "one to five" in convo.say("check in").speech
    convo.as_person("BEN00002")
    theirs = convo.send(alexa.intent("CheckInRatingIntent", {"rating": alexa.slot("rating", "2.5")}))
    # His number is not her answer: nothing said back as hers, nothing of her check-in kept
    assert "between a two and a three" not in theirs.speech.lower(), theirs.speech
    assert not [k for k in theirs.keys if k.startswith("checkin/")], theirs.keys
    assert not checkins(items)
    # Anna answers for herself and her own rating is the one kept
    convo.as_person("ANNA0001")
    convo.say("four out of five i'd say")
    agree_to_notes(convo, convo.say("skip"))
    [note] = checkins(items)
    assert note["data"]["rating"] == 4


def test_another_voices_about_the_same_is_not_annas_and_her_own_about_the_same_is_kept_as_a_middle_day(
        talk, alexa_api, items):
    # One Echo, two recognised voices, heard as Alexa generalises: Anna is asked how today felt and
    # Ben, passing, says "about the same" between her turns
    convo = talk(device=someone(alexa_api, "HOUSEHOLD_SAME"), nlu="general")
    convo.as_person("ANNA0001")
    convo.say("open steady ground")
    assert "one to five" in convo.say("check in").speech
    convo.as_person("BEN00002")
    theirs = convo.say("about the same")
    # His words are not her answer: nothing of her check-in said to him, nothing kept
    assert not [k for k in theirs.keys if k.startswith("checkin/")], theirs.keys
    assert not checkins(items)
    # Anna answers in her own words: a day no better and no worse is a three, kept as hers
    convo.as_person("ANNA0001")
    mine = convo.say("honestly about the same as yesterday")
    assert mine.said("checkin/ask_words"), mine.keys
    assert not mine.said("builtins/thanks"), mine.keys
    agree_to_notes(convo, convo.say("skip"))
    [note] = checkins(items)
    assert note["data"]["rating"] == 3
