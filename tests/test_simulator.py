"""The local simulator: the model's own samples, real envelopes, and the two README commands' first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tools.nlu import Nlu

ROOT = Path(__file__).resolve().parent.parent


def test_nlu_matches_samples_and_resolves_slot_synonyms():
    nlu = Nlu()
    match = nlu.understand("why won't my partner go to therapy")
    assert match.intent == "GuidanceIntent"
    resolution = match.slots["topic"]["resolutions"]["resolutionsPerAuthority"][0]
    assert resolution["status"]["code"] == "ER_SUCCESS_MATCH"
    assert resolution["values"][0]["value"]["id"] == "why_resist"
    assert nlu.understand("la la la purple").intent == "AMAZON.FallbackIntent"


def test_elicited_free_text_is_captured_whole_but_stop_still_stops():
    nlu = Nlu()
    text = "when he brings up money at dinner & I'm tired"
    match = nlu.elicited(text, "CaptureTextIntent", "text")
    assert match.intent == "CaptureTextIntent" and match.slots["text"]["value"] == text
    assert nlu.elicited("stop", "CaptureTextIntent", "text").intent == "AMAZON.StopIntent"


def test_the_simulator_runs_from_the_command_line_on_its_embedded_dynamodb():
    env = {**os.environ, "PYTHONPATH": ""}
    env.pop("AWS_ENDPOINT_URL_DYNAMODB", None)
    script = "open steady ground\ntell me about boundaries\n:json\nrepeat\nstop\n"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "simulator.py")],
        input=script, capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Embedded DynamoDB at http://127.0.0.1:" in out
    assert "Alexa: " in out and "(reprompt: " in out and "(session open)" in out
    assert '"type": "IntentRequest"' in out, "--json shows the raw envelopes"
    assert "(session ended)" in out


def test_speak_without_an_engine_says_how_to_install_one(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "simulator.py"), "--speak"],
        input="", capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )
    assert "apt-get install espeak-ng" in result.stdout

def test_the_simulator_speaks_another_market_with_its_own_numbers_and_idiom():
    env = {**os.environ, "PYTHONPATH": ""}
    env.pop("AWS_ENDPOINT_URL_DYNAMODB", None)
    script = "open steady ground\nmy other half hit me\nstop\n"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "simulator.py"), "--locale", "en-GB"],
        input=script, capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "(en-GB, " in out
    assert "call 999" in out and "Samaritans" in out
    assert "911" not in out and "988" not in out
