"""English concept lexicon for the safety model (``steady_ground.safety_model``). Pure data.

Each concept is a small set of words as the screen reads them (normalised: lowercase, contractions
opened, the partner however named folded to "he"). The model stems every word the same way, so one
form ("strangle") covers its family ("strangled", "strangling"). A word may carry several concepts
("kill" is HARM and DEATH). The model learns weights for each concept, for concept pairs a few
words apart (PARTNER ... HARM, SELF ... DEATH, PARTNER ... WEAPON) and for concept triples
(PARTNER ... HARM ... SELF): meaning that carries to phrasings nobody wrote a rule for.

Written from general knowledge of how people speak of danger, not from any corpus's misses.
"""

from __future__ import annotations

CONCEPTS: dict[str, str] = {
    "PARTNER": "he him his she her hers they them their husband wife boyfriend girlfriend partner ex fiance "
    "fiancee spouse hubby bf gf himself herself",
    "SELF": "i me my myself mine",
    "KIN": "mom mum mother dad father sister brother parents family friend friends mate mates neighbour "
    "neighbor neighbors coworkers colleague boss work nan grandma auntie cousin bestie",
    "HARM": "hit punch slap kick beat hurt harm push shove grab choke strangle throttle smother suffocate "
    "throw threw toss hurl fling flung smash slam bash smack whack thump batter attack assault abuse "
    "stab shoot shot kill murder bite burn drag pin shake shook strike struck elbow knee headbutt "
    "bruise injure injured wound rough violent violence knock spat spit twist squeeze crush pinch "
    "scratch stomp stamp trip yank bleed bled blood broke broken fracture hospital clobber wallop "
    "belt thrash deck clock swing swung lash shoved pushed slapped punched kicked beaten black "
    "bloody split concussion stitches sprain dislocated torture",
    "BODY": "neck throat face head arm arms wrist hair eye eyes rib ribs back chest body skin mouth nose "
    "leg stomach belly jaw lip lips shoulder cheek ear finger fingers hand hands windpipe airway breath "
    "breathe breathing collar scalp teeth tooth skull",
    "DEATH": "die dies died dead death dying kill suicide suicidal alive live living life exist existing "
    "gone disappear vanish funeral grave end ending over forever wake asleep sleep goodbye miss burden "
    "anymore afterlife heaven unalive kms overdose lifeless",
    "MEANS": "pill pills tablets overdose rope noose bridge blade razor cut cutting jump ledge roof cliff "
    "train tracks drown hang hanging gas exhaust bottle paracetamol sleeping stockpile saving poison "
    "bleach wrists veins meds medication painkillers stash hoard motorway traffic edge building "
    "river sea car crash",
    "WEAPON": "gun guns rifle pistol shotgun firearm weapon weapons knife knives machete axe hatchet "
    "hammer bat crowbar taser bullet bullets ammo loaded trigger piece blade cleaver pointed aimed "
    "holster armed",
    "CHILD": "kid kids children child son daughter baby babies toddler boy girl teen teenager stepson "
    "stepdaughter little infant newborn sons daughters",
    "PET": "dog cat puppy kitten pet rabbit bunny hamster horse bird parrot animal animals",
    "MONEY": "money bank account card cards wage wages paycheck salary cash allowance credit debit "
    "benefits savings pay paid spend spending receipts budget pension loan loans debt finances "
    "income",
    "DEVICE": "phone mobile cell text texts message messages email password passwords passcode "
    "social laptop computer app apps snapchat instagram facebook whatsapp icloud location sim",
    "BELONGING": "keys key car passport documents papers license licence visa id wallet purse "
    "birth certificate",
    "WATCH": "track tracking tracker follow follows followed watch watching check checks checking gps "
    "location camera cameras spy spying read reads monitor listen listening record recording airtag "
    "outside appear showed show shows turn turns everywhere stalk stalking lurking parked waiting "
    "drives hacked logged snoop snooping",
    "FEAR": "scared afraid terrified frightened fear petrified nervous anxious panic shaking trembling "
    "tiptoe eggshells flinch dread unsafe danger dangerous scary scare terror freeze frozen "
    "intimidated intimidate jumpy paranoid",
    "FLEE": "leave left run ran escape hide hiding hid flee fled bag packed pack shelter lock locked "
    "bathroom sneak away refuge somewhere stay staying sleep motel hotel sofa couch closet out "
    "getaway barricaded",
    "HELP": "help hotline police cops 911 999 000 112 emergency call ring shelter advice support rescue "
    "save number helpline someone anybody anyone ambulance",
    "CONFINE": "let allow allowed permission forbid forbids forbidden ban banned stop stops stopped "
    "keep keeps kept control controls controlling take takes took makes made force forced rule rules "
    "check lock cut isolate isolated alone nobody trapped prisoner refuses refused hides "
    "hid taken confiscated withhold withholds demand demands approval ask",
    "SEXUAL": "sex sexual touch touched touching bed consent rape raped naked nude nudes photos pictures "
    "video undress grope groped private unwanted forced intimate sleep molest molested assault "
    "favours",
    "THREAT": "threaten threatened threat threats said says told tell warned warn swore swear promised "
    "promise if regret sorry pay unless otherwise dare",
    "SAFE": "safe safety secure okay ok fine",  # danger only with a NEG before it: "I do not feel safe"
    "NEG": "not never no nothing nobody none nowhere",
    "PLAY": "joke jokes joking kidding laugh laughing laughed funny tease teasing pun puns prank playful "
    "game games chess cards tickle tickled pillow fight cushion banter silly",  # idioms: "kills me with his jokes"
    "HOPELESS": "pointless worthless hopeless useless nothing empty numb tired exhausted cope cannot "
    "done enough giving point reason trapped stuck disappear",
    "NOW": "now tonight right outside coming door home here minute soon today currently",
    "DISTRESS": "crying cry cried sobbing shaking shook hurt hurting pain bleeding bruised bruises "
    "injured limping swollen",
}
