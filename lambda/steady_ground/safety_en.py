"""English rules for the safety screen: normalising spoken text, idioms, negation, and danger by class.

Data only (regular-expression sources); ``steady_ground.safety`` compiles and applies them. Each
rule family is written for meaning, not for one sentence: who does it (the partner, however named,
is folded to "he" first), what is done (a verb family, an object thrown, a body part), and to
whom ("me", "my neck", the kids, the dog). The corpus in ``tests/corpora/safety`` measures them;
only its tuning part was read while writing them.
"""

from __future__ import annotations

# -- normalisation: spoken text to the words the rules read --------------------------------------------
# Whole words rewritten (contractions with and without the apostrophe, spellings, "she"/"they" -> "he").
WORDS: dict[str, str] = {
    "won't": "will not",
    "wont": "will not",
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "ain't": "is not",
    "i'm": "i am",
    "im": "i am",
    "i've": "i have",
    "ive": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "hes": "he is",
    "shes": "he is",
    "theyre": "he are",
    "youre": "you are",
    "thats": "that is",
    "whos": "who is",
    "theres": "there is",
    "hed": "he would",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "wasnt": "was not",
    "arent": "are not",
    "werent": "were not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "gonna": "going to",
    "halp": "help",
    # Scots and old-fashioned negatives: "i dinnae want to be here", "i shan't be needing them"
    "dinnae": "do not",
    "dinna": "do not",
    "didnae": "did not",
    "cannae": "can not",
    "canna": "can not",
    "wouldnae": "would not",
    "couldnae": "could not",
    "isnae": "is not",
    "wasnae": "was not",
    "shan't": "shall not",
    "shant": "shall not",
    "wanna": "want to",
    "youll": "you will",
    "youd": "you would",
    "theyll": "he will",
    "gotta": "got to",
    "tryna": "trying to",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "cause": "because",
    "bc": "because",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "mum": "mom",
    "mummy": "mom",
    "mama": "mom",
    "momma": "mom",
    "mam": "mom",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "counsellor": "counselor",
    "counselling": "counseling",
    "she": "he",
    "they": "he",
    "them": "him",
}
# After the partner's name, "'s" reads "is" before these words (and any "-ing" word); otherwise "his".
IS_BEFORE = frozenset(
    [
        "been",
        "being",
        "going",
        "gonna",
        "got",
        "gotten",
        "not",
        "never",
        "always",
        "so",
        "very",
        "really",
        "just",
        "kinda",
        "kind",
        "like",
        "a",
        "an",
        "the",
        "drunk",
        "angry",
        "mad",
        "outside",
        "here",
        "there",
        "coming",
        "on",
        "in",
        "at",
        "still",
        "already",
        "also",
        "such",
        "too",
        "ever",
        "done",
        "gone",
        "had",
        "scary",
        "violent",
        "aggressive",
        "furious",
        "back",
        "home",
        "out",
        "up",
        "away",
        "asleep",
        "inside",
        "downstairs",
        "upstairs",
        "off",
        "sorry",
        "nice",
        "good",
        "fine",
        "okay",
        "ok",
        "great",
        "lovely",
        "sweet",
        "kind",
        "lazy",
        "late",
    ]
)
# "'s" reads "is" after these words; otherwise it is a possessive.
IS_AFTER = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "that",
        "there",
        "who",
        "what",
        "where",
        "how",
        "here",
        "everyone",
        "everybody",
        "nobody",
        "someone",
        "one",
    ]
)
SUFFIXES: tuple[tuple[str, str], ...] = (
    ("n't", " not"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'d", " would"),
    ("'m", " am"),
)
# The partner, however named, becomes "he" ("his" when possessive): after one of DETERMINERS.
DETERMINERS = frozenset({"my", "our", "the", "this", "that", "me", "ma", "mah"})
PARTNER_NOUNS = frozenset(
    [
        "partner",
        "husband",
        "wife",
        "boyfriend",
        "girlfriend",
        "bf",
        "gf",
        "spouse",
        "fiance",
        "fiancee",
        "fiancé",
        "fiancée",
        "hubby",
        "wifey",
        "man",
        "fella",
        "feller",
        "bloke",
        "guy",
        "missus",
        "misses",
        "missis",
        "abuser",
        "ex",
        "exhusband",
        "exwife",
        "exboyfriend",
        "exgirlfriend",
    ]
)
PARTNER_PAIRS = frozenset(
    {
        "other half",
        "old man",
        "old lady",
        "baby daddy",
        "baby mama",
        "babys dad",
        "babys father",
        "kids dad",
        "kids father",
        "kids mom",
        "kids mother",
        "childrens father",
        "childrens mother",
        "ex husband",
        "ex wife",
        "ex boyfriend",
        "ex girlfriend",
        "ex partner",
        "own husband",
        "own wife",
        "own partner",
        "own boyfriend",
        "own girlfriend",
    }
)
# Words a person uses to take back or cancel what they were saying to the app ("never mind, cancel it", "no wait,
# scratch that"). An utterance made of nothing else carries no words of its own for the learned backstop to weigh:
# it is not sent to the model (the rules still read it). No word of harm, wanting, ending or stopping is here
# ("I want it all to stop" is not made of these).
TAKING_BACK_WORDS = frozenset(
    {
        "never", "mind", "nevermind", "cancel", "cancelled", "forget", "ignore", "scratch", "undo", "it", "that", "this",
        "what", "i", "said", "all", "of", "oh", "no", "nah", "nope", "wait", "actually", "please", "sorry", "okay", "ok",
        "alright",
    }
)
# A pause of the talk with the app, said whole ("let me stop here", "I have to stop there for tonight"): the place
# in the conversation, not an end. Not sent to the model either; "I want to stop now" and "I need it to stop" are.
PAUSING_HERE = (
    r"(?:(?:okay|ok|right|sorry|actually|so) )*(?:i (?:have|need|want|would like) to|i will(?: have to)?|i have got to|i am going to"
    r"|i think i (?:have|need|want) to|let me|let us|we (?:can|could|should)|can we|could we|maybe we (?:can|could|should)) stop"
    r" (?:here|there|for now|for today|for tonight|for the night|for a bit|at that|at this one|with this one)"
    r"(?: (?:for now|for today|for tonight|please|thanks|thank you|then))?"
)
# Hedges mark a possible (not clear) danger when the only signal is fear or unease.
HEDGE_WORDS = frozenset({"sometimes", "occasionally", "slightly", "maybe", "kinda", "sorta"})
HEDGE_PAIRS = frozenset({"a bit", "a little", "kind of", "sort of", "at times"})
# Fillers and frequency adverbs carry no meaning for the screen; dropped after hedges are read.
FILLER_WORDS = frozenset(
    [
        "um",
        "umm",
        "uh",
        "uhh",
        "uhm",
        "erm",
        "er",
        "hmm",
        "hmmm",
        "honestly",
        "basically",
        "literally",
        "actually",
        "just",
        "really",
        "tbh",
        "lol",
        "lmao",
        "omg",
        "haha",
        "hahaha",
        "okay",
        "ok",
        "yeah",
        "yea",
        "well",
        "so",
        "totally",
        "seriously",
        "always",
        "sometimes",
        "often",
        "constantly",
        "usually",
        "repeatedly",
        "occasionally",
        "regularly",
        "also",
        "even",
        "right",
        "physically",
        "once",
        "maybe",
        "kinda",
        "sorta",
        "like",
        "alexa",
    ]
)
FILLER_PAIRS = frozenset(
    {
        "you know",
        "i mean",
        "kind of",
        "sort of",
        "pretty much",
        "at times",
        "a bit",
        "a little",
        "i think",
        "i guess",
        "i swear",
    }
)
# "like" is a filler except as a verb.
LIKE_KEPT_AFTER = frozenset({"not", "do", "does", "did", "would", "to", "i", "he", "you", "we", "really"})

# -- idioms and negation: blanked out ("~") before any rule looks --------------------------------------
_TRIVIAL = (
    r"(?:sees?|saw|find out|finds out|found out|hears?|heard|knew|knows?|notices?|noticed|forget\w*|forgot"
    r"|miss\w*|am late|was late|being late|spend\w*|spent|eat\w*|ate|break\w*|broke|lose|losing|lost|get home|gets home"
    r"|see the|finds? the|tell\w* (?:his|her) mom|burn\w* the|do not (?:call|come|show|visit)|skip\w*"
    r"|spoil\w*|dent\w*|scratch\w* the)"
)
IDIOMS: tuple[str, ...] = (
    r"\b(?!he\b)\w+ (?:is|are|was|were|has been|have been|will be) (?:slowly |so |absolutely )?(?:killing|murdering|destroying) me\b",
    r"\b(?!he\b|him\b|me\b|us\b|you\b)\w+ (?:killed|destroyed|wrecked|murdered|did me in|kicked my)\b(?! myself\b| himself\b| herself\b| themselves\b)(?: me)?",
    r"\bkilling me with (?:\w+ ){0,2}(?:jokes?|puns?|kindness|questions|singing|snoring|cuteness|stories|texts|cooking|humor)\b",
    r"\b(?:kill|murder|strangle|throttle|skin) me (?:alive )?(?:(?:if|when) (?:he|i) |for )" + _TRIVIAL,
    # someone else's temper, said of a mother, a boss, a sister: "my mum will kill me"
    r"\b(?:my|our) (?:mom|moms|mums|dad|dads|mother|mothers|father|fathers|sister|sisters|brother|brothers|boss|bosses|teacher|gran|grans|grandma|nan|nans|aunt|uncle|coach|sis|bro)"
    r"(?: is)?(?: (?:will|would|is going to|going to|is gonna)) (?:kill|murder|strangle|throttle|skin|shoot|moer|whoop|skelp|end|have my head|have my guts) me\b",
    r"\bi (?:could|will|would|am going to|might|want to) (?:kill|strangle|throttle|murder|smack|slap) (?:him|her|he)\b",
    r"\bbe the death of me\b|\bdeath of me\b",
    r"\b(?:dying|die|died) (?:to|for|of|laughing|from embarrassment)\b",
    r"\brather die than\b(?! (?:keep|go on|go through|put up with|wake up|carry on|live|living|stay\w*|be with|spend|another|face))|\bwould die for\b",
    r"\b(?:kill|kills|killed|killing) it\b|\bkiller\b",
    r"\bbeat\w* me (?:at|to|in)\b",
    r"\bhit\w* me up\b|\bhit me (?:with|like) (?:the news|a question|that news|a ton of bricks|the bill|an idea|his news|her news)\b|\bhit me with (?:a |the |his |her |some |this |that )?(?:bombshell|news|question|idea|bill|surprise|proposal|joke|request|curveball|curve ball|fact|line|story|truth|plan|list)\b|\bit hit me\b",
    r"\bpush\w* me (?:to (?!the\b|(?:do|try) (?:stuff|things|it)\b)|towards|forward|harder|into \w+ing\b)|\bpush\w* my buttons\b",
    r"\bgrab\w* me (?:a|an|some|coffee|lunch|dinner|one|something)\b",
    r"\bshot me (?:a|an) (?:\w+ )?(?:look|glance|smile|text|message|email|wink|stare|grin)\b",
    r"\b(?:cracked|choked|chokes|choke|cracks) me up\b",
    r"\bsmother\w* me (?:with|in) (?:love|kisses|attention|hugs)\b",
    r"\bhurt(?:s)? my feelings\b|\bhurt me (?:with (?:his|her|what|those|the) (?:words|comments?|remarks?|jokes?)|by (?:(?!(?:punch|kick|hit|push|shov|slap|chok|grab|pull|throw|throttl|strangl|beat|burn|bit|stab|cut|pin|drag|twist|squeez|hold|sit|kneel|slam|shak|smack|whack|thump|spit|strik|attack|touch|forc|lock|trip|yank|sho|post|shar|send|sent|leak|spread|film|record|photo)\w*)\w+ing|what|not))\b",
    r"\bkick\w* me (?:out of bed|under the table)\b",
    r"\b(?:baby|toddler|puppy|kitten|dog|cat) (?:kicked|kicks|bit|bites|scratched|scratches|hit|hits|punched) me\b",
    r"\bi am afraid (?:i|we|that|it|so|not)\b",
    r"\bkicked my (?:butt|ass)\b",
    # figures of speech with a violent verb: no one was touched
    r"\b(?:bit|bites|bite|biting|bitten|snapped|snaps) (?:my|your) head off\b|\bjump\w* down (?:my|your) throat\b"
    r"|\btwist\w* my arm (?:into|to|and i (?:said yes|agreed|went))\b|\btore a strip off me\b|\bpain in the neck\b"
    r"|\bknock\w* me (?:for six|sideways|down a peg|down a notch)\b|\bkick\w* me when i (?:am|was) down\b(?! on)"
    r"|\bstab\w* me in the back\b(?! with (?:a |an |the |his |her |some |my )?(?:\w+ )?(?:knife|knives|blade|screwdriver|scissors|fork|skewer|pen|pencil|needle|glass|bottle|shard|chisel|compass|nail file))|\b(?:like|was|is|felt) (?:a |an )?(?:real |total |proper )?(?:punch|kick|slap|smack) in the (?:gut|teeth|face|stomach)\b",
    # a toddler, a pet or the wind did it; the kids played rough
    r"\b(?:the|my|our|a|his|her) (?:baby|babies|toddler|toddlers|newborn|infant|twins|puppy|kitten|dog|cat|horse|pony|wind|wave|waves|ball)\b"
    r"(?: (?!he\b|him\b)\w+){0,2}? (?:kick\w*|bit|bites|scratch\w*|hit|hits|punch\w*|threw|throws|chuck\w*|lob\w*|flung|knock\w*|pin\w*|jump\w* on|climb\w* on|headbutt\w*|grab\w*|slap\w*|smack\w*|pull\w*|tackl\w*)\b(?: \w+){0,4}? (?:at |on |into )?me\b",
    r"\b(?:came|comes|come|coming) at me with (?:a |an |his |her |the )?(?:tickle|hug|kiss|kisses|questions?|list|water pistol|nerf|pillow|snowball|cake|paperwork|bills?|plan|idea|apology|flowers)\b",
    r"\b(?:my|our) (?:daughter|son|kids|little one|little boy|little girl) (?:threw|throws|chucked|lobbed|flung)\b(?: \w+){1,3}? at me\b",
    r"\b(?:the|my|our) (?:kids|children|boys|girls|grandkids|son|daughter|nephews?|nieces?)\b(?: (?!he\b|him\b)\w+){0,2}? (?:pinned|pin|pins|tied|ties|tie|jumped on|jump on|jumps on|climbed on|climb on|tickled|tickle|threw up on|throws up on|was sick on|puked on|vomited on)\b(?: \w+){0,2}? me\b",
    # games and sport: "he killed me at call of duty", "i got knocked down playing five a side"
    r"\b(?:kill\w*|shot|shoot\w*|murder\w*|destroy\w*|slaughter\w*|beat|beats|beating|thrash\w*|smash\w*|stab\w*|snip\w*|whoop\w*|batter\w*|hammer\w*|crush\w*|pummel\w*)\b(?! (?:me )?up\b)"
    r"(?: \w+){0,4}? (?:at|in|on|playing|during) (?:a |the |our |his |my )?(?:call of duty|cod|fortnite|halo|fifa|mario kart|minecraft|games?|playstation|xbox|ps5|switch|video ?games?|apex|valorant|overwatch|chess|scrabble|cards|poker|monopoly|ping pong|table tennis|tennis|squash|golf|darts|pool|snooker|quiz|pub quiz|trivia|uno|catan|mortal kombat|street fighter|gta|warzone|arcade|paintball|laser tag|badminton|bowling)\b",
    r"\b(?:got|get|gets|was|were|been|getting) (?:\w+ )?(?:knocked \w+|punched|kicked|hit|elbowed|tackled|smacked|whacked|winded|head ?butted|bruised|injured|hurt|a black eye|a bloody nose|concussed|a concussion|stitches|clattered|flattened)"
    r"(?: \w+){0,3}? (?:at|in|during|playing|while playing|from) (?:the |a |his |her |my |our )?(?:rugby|football|soccer|hockey|basketball|netball|five a side|footy|cricket|training|practice|match|game|boxing|judo|karate|wrestling|kickboxing|sparring|mma|jiu jitsu|lacrosse|squash|tennis|volleyball|roller derby|dodgeball|paintball|gym|recess|a tackle|a scrum)\b",
    # made to go somewhere, given something, helped, held lovingly
    r"\bdrag\w* me (?:along |out |off |back )?(?:to|round|around|along to|out to|shopping)\b(?! (?:the|his|her|my) (?:floor|ground|car|bedroom|bathroom|kitchen|stairs|door|wall|room|van|truck|basement|shed|garage)\b)",
    r"\bpush\w* me (?:on|in) (?:the |a |my )?(?:swings?|pram|buggy|stroller|wheelchair|trolley|cart|sled|sledge|hammock)\b",
    r"\b(?:threw|throws|throw|throwing|tossed|tosses|toss|chucked|chucks|chuck|flung|lobbed) me (?:a|an|some|the keys|the ball|the remote)\b(?! (?:punch|right hook|left hook|slap|kick|headbutt|glass|plate|chair|bottle|mug|cup|knife|shoe|pan)\b)",
    r"\b(?:grab\w*|took|takes|held|holds|hold\w*|pull\w*) me by the hand\b",
    r"\bto stop me (?:talking|laughing|saying|going on|embarrassing)\b",
    r"\b(?:grab\w*|took|held|hold\w*|pull\w*|swept|spun|picked) me (?:up )?(?:round|around|by) the waist\b(?! and (?:threw|pushed|slammed|dragged|pinned|shook))",
    r"\b(?:threw|throws|throw|thrown|throwing) me (?:off (?:with|guard|balance|track|the scent|my game|completely|there)|for a loop)\b",
    r"\bpush\w* me (?:out of my comfort zone|to my limits|too hard at)\b|\bkick\w* me out of (?:the )?(?:kitchen|study|office|game|team|group|chat|quiz|band|club|lounge)\b",
    r"\b(?:the |my )?(?:nurse|doctor|dentist|phlebotomist|vet|gp|paramedic|tattoo artist|tattooist|piercer|physio|physiotherapist|hairdresser|barber|stylist|masseuse|massage therapist)\b(?: \w+){0,3}? (?:stab\w*|jab\w*|pok\w*|prick\w*|cut|hurt|pinch\w*|pull\w*|yank\w*|twist\w*)\b",
    r"\b(?:grab\w*|pull\w*|held|caught|catch\w*) (?:me|my (?:arm|hand|sleeve|coat|jacket)|me by the (?:arm|hand|sleeve|coat|jacket))\b(?: \w+){0,2}? (?:to (?:stop|keep|save|catch|steady|help) me|i (?:would not|did not|do not) (?:fall|trip|slip))\b",
    r"\b(?:playful\w*|jokingly|in jest|pretend|mock|play) (?:punch\w*|slap\w*|fight\w*|wrestl\w*|kick\w*)\b|\b(?:punch\w*|slap\w*|kick\w*|hit|hits|push\w*|shov\w*|nudg\w*|pok\w*|elbow\w*) me (?:playfully|jokingly|gently|softly|lightly|for fun|in jest)\b",
    r"\b(?:scared|frightened|startled|spooked) me (?:half to death |to death )?(?:jumping out|sneaking up|creeping up|coming up behind|when he (?:jumped|snuck|crept)|with (?:a|his|her|that|the) (?:mask|costume|prank|joke|story|film|movie))",
    r"\bhid\w* (?:in|under|behind|inside) (?:the|a|my) (?:\w+ ){0,2}?from (?:the )?(?:wasps?|bees?|spiders?|rain|sun|heat|cold|kids|children|baby|boss|in laws|neighbors|dog|cat|mess|washing up|dishes|chores|housework|world)\b",
    r"\bchok\w* on (?:\w+ ){0,3}?(?:bone|fishbone|food|sweet|candy|crisp|chip|peanut|grape|popcorn|water|drink|coffee|tea|piece|bite|mouthful|toast|steak|chicken|sandwich|pill|tablet|gum|lolly|mint|nut|cake)\b"
    r"(?:(?: \w+){0,10}? (?:thump|slap|pat|hit|whack|bang)\w* (?:me on )?(?:my|the) back\b)?",
    r"\bi (?:burn\w*|burnt|scald\w*|cut|nick\w*|trapp\w*|jamm\w*|slamm\w*|caught|bang\w*|bash\w*|stubb\w*|bruis\w*|hurt|twist\w*|sprain\w*) my (?:own )?(?:hand|finger|fingers|thumb|arm|wrist|tongue|mouth|lip|toe|toes|foot|knee|head|shin|elbow|ankle|back|hip)\b"
    r"(?: \w+){0,3}? (?:on (?:the|a) (?:oven|stove|hob|kettle|iron|pan|tray|grill|bbq|barbecue|toaster|radiator|door|table|corner|cupboard|car door|drawer|edge|step|stairs|straighteners|ice)"
    r"|(?:chopping|cooking|peeling|slicing|grating|baking|gardening|running|playing|lifting|climbing|skiing|cycling|moving|shaving|at (?:work|the gym|football|rugby|training|practice))|in the (?:car door|door|drawer|garden))\b",
    # reading aloud, hiding a present, hiding from the kids for some peace
    r"\bread\w* (?:out )?(?:my|the) (?:texts?|messages?) (?:out )?(?:aloud|out loud|to me|for me)\b",
    r"\bhid\w* from (?:the|my|our) (?:kids|children|baby|toddler|boss|in laws|inlaws|mother in law|neighbors|rain|sun|heat|cold|washing up|dishes|chores|housework|world)\b"
    r"|\bhid\w* (?:his |her |the |my |a |some |our )?(?:\w+ )?(?:present|presents|gift|gifts|chocolate|chocolates|snacks|sweets|biscuits|remote|easter eggs|receipt|cookies|candy|surprise|ring)\b",
    r"\b(?:grab\w*|held|holds|hold|holding|took|takes) my hand\b(?! (?:and|so) (?:twist\w*|bent|crush\w*|squeez\w*))",
    r"\bknock\w* me out with (?:that|his|her|the) (?:proposal|speech|looks|outfit|cooking|news|question|joke)\b",
    # work, volunteering and stories about danger, not danger told: "volunteers on a sexual assault helpline"
    r"\b(?:volunteer\w*|works?|worked|working|answering phones|lawyer|solicitor|does a lot of|raising money|rais\w* money|fundrais\w*|donat\w*|training|trains)\b(?: \w+){0,5}? (?:for |at |on |with |in )?(?:a |the )?(?:sexual assault|rape|domestic violence|domestic abuse|suicide|protection order|restraining order)(?: crisis)? (?:helpline|hotline|line|centre|center|charity|cases|clinic|service|unit)\b",
    r"\b(?:reading|read|watching|watched|listening to|book|novel|thriller|film|movie|show|series|podcast|documentary|episode)\b(?: \w+){0,3}? about (?:a |the )?(?:stalker|stalkers|serial killer|killer|murderer|kidnapper|hostage)\b",
    r"\b(?:cut|nicked|burnt|burned|scalded) myself (?:shaving|cooking|chopping|peeling|slicing|gardening|on (?:the|a) (?:oven|stove|knife|kettle|iron|pan|tray|grater|glass|tin|can|paper))\b",
    r"\bi (?:could|will|would|am going to|might) (?:kill|strangle|throttle|murder) (?:my|our) (?:brother|sister|mom|dad|mother|father|boss|flatmate|roommate|housemate|cousin|cat|dog)\b",
    # the everyday "ran out", "done for today", a phone taken to play a game
    r"\b(?:money|insurance|cash|time|patience|battery|petrol|gas|milk|coffee|funding|savings|food|data|credit|contract|lease|subscription|budget|sessions|benefits)(?: (?:had|has|have|just|finally|completely|all|is|was))? (?:ran|runs|run|running) out\b",
    r"\bdone for (?:today|the day|tonight|the night|now|the week|this week|the evening)\b",
    r"\b(?:took|takes|borrowed|borrows|grabbed|grabs|used|uses) my (?:phone|laptop|tablet|ipad) to (?:play|watch|google|order|charge|take a (?:photo|picture|selfie)|look up|show me)\b",
    # a number for a business, not for help: "who do i call about the car recall"
    r"\b(?:number|numbers|hotline|helpline|help line|who)\b(?: \w+){0,4}? (?:to book|for (?:my |the |a )?(?:health |car |home |travel |pet )?(?:insurance|bank|passport|appointment|doctor|gp|dentist|council|landlord|internet|broadband|phone company|airline|flight|delivery|order|refund|tax|taxes|pension|recall|bill|plumber|electrician|boiler)|about (?:the |my |a |our )?(?:car|recall|bill|refund|order|delivery|passport|insurance|boiler|internet|broadband|flight|tax|taxes|pension|parcel|package|appointment|leak|warranty))\b",
    # play and worry over small things: a cushion in a pillow fight, a surprise he might hate, a knife for the roast
    r"\b(?:threw|throws|throw|throwing|chucked|lobbed|tossed|flung)\b (?:a |the |his |her |some )?(?:cushion|cushions|pillow|pillows|teddy|soft toy|stuffed animal|sock|socks|snowball|snowballs|water balloon|confetti|popcorn|grapes?|sweets|paper ball)\b(?: \w+){0,2}? at me\b(?: \w+){0,6}? (?:as a joke|joking\w*|for fun|in fun|pillow fight|snowball fight|laugh\w*|messing about|messing around|playing)\b",
    r"\b(?:terrified|petrified|scared|dreading|dreaded|dread|nervous|worried)\b(?: \w+){0,6}? (?:surprise party|surprise|present|gift|wrong flights?|the flights|haircut|wedding speech)\b",
    r"\bsharpen\w* (?:the |a |his |her |my )?(?:carving |kitchen |bread |chefs )?(?:knife|knives)\b(?: \w+){0,3}? (?:for|before) (?:the |a |our )?(?:roast|dinner|lunch|turkey|barbecue|bbq|meal|christmas|sunday|joint)\b",
    r"\b(?:cough|cold|smoke|dust|pollen|fumes|asthma|allergies|heat|humidity|tie|collar|scarf|hay fever)\b(?: \w+){0,2}? chok\w* me\b",
    r"\b(?:punched|kicked|slapped|hit|smacked|winded|gutted) (?:\w+ ){0,3}?by (?:the|a|an|that|this) (?:\w+ )?(?:bill|bills|price|prices|rent|tax|taxes|news|result|results|fine|charge|invoice|mortgage|rates|costs?)\b",
    r"\b(?:deadline|deadlines|workload|debt|mortgage|bills|job|work|paperwork|stress|anxiety)\b(?: \w+){0,2}? (?:chok|strangl|suffocat|smother)\w* me\b",
    r"\bhanging over (?:my|our|his|her) head\b(?: \w+){0,2}? (?:a )?noose\b",
    # tiredness and a rousing day, not a blow: "that choir practice knocked me out", "the cold medicine wiped me out"
    r"\b(?:that|this|the|it|all)\b (?:\w+ ){0,3}?(?:practice|class|workout|run|session|walk|shift|day|week|trip|drive|journey|party|wedding|match|game|gym|hike|film|meal|wine|beer|drinks?|cold|flu|medicine|medication|tablets|pills|heat|jet lag|lecture|sermon|rehearsal|concert|swim|training|cycle|marathon|exam|night)\b(?: \w+){0,2}? (?:knocked|knocks|knock|wiped|wipes) (?:me )?out\b",
    # an ambulance for a faint or a fall, now past
    r"\b(?:had to|has to|have to|called|rang|phoned|dialled|dialed|call|ring|phone|dial)\b(?: (?:call|ring|phone|dial))? (?:for )?(?:an |the )?(?:nine nine nine|nine one one|triple zero|one one two|ambulance|paramedics)\b(?: \w+){0,3}? (?:when|after|because|for|as) (?:i|he|she|my \w+|the \w+|mom|dad|nan|gran|grandad|grandpa|grandma|granny)\b(?: \w+)? (?:fainted|collapsed|had (?:chest pains|an asthma attack|an allergic reaction|a hypo)|broke (?:his|her|my) (?:hip|leg|arm|ankle|wrist)|had a (?:fall|stroke|heart attack|seizure|fit|funny turn|turn|bad turn)|took (?:ill|poorly|a turn)|went into labou?r|passed out from|was taken ill|came over (?:faint|queer|funny))\b",
    # social media "stalking": a like on an old post, a friend roasting me
    r"\bstalk\w* (?:my|his|her|your) (?:insta|instagram|ig|fb|facebook|snap|snap map|snapchat|tiktok|twitter|socials|profile|page|linkedin|posts?|pics|photos|stories)\b(?= (?:\w+ ){0,3}?(?:to )?(?:like|liked|likes|liking|roast|roasted|from (?:19|20)\d\d|old|throwback|memes?))|\b(?:bestie|best friend|friend|mate|sister|brother|sis|bro|mom|cousin|flatmate|roommate|nan|gran) stalks? (?:my|his|her) (?:insta|instagram|ig|fb|facebook|snap|snap map|snapchat|tiktok|twitter|socials|profile|page|posts?|pics|photos|stories)\b",
    # breathless from laughing or a cold
    r"\b(?:laugh\w*|crying laughing|cried laughing|giggl\w*|in stitches|wheez\w*|running|ran|sprint\w*|climb\w*)\b(?: \w+){0,4}? (?:could not|can not|couldnt) breathe\b|\b(?:could not|can not) breathe\b(?: \w+){0,3}? (?:for|from|with|because of) (?:laugh\w*|giggl\w*|the (?:cold|heat|smoke|pollen|humidity|dust)|my (?:asthma|cold|blocked nose|hay fever|allergies))\b",
    # play: a pillow, a nerf gun, a box set
    r"\b(?:attack\w*|ambush\w*|jump\w* on|pelt\w*|hit|hits|whack\w*|smack\w*|bash\w*|threaten\w*|went for|came for|got)\b me with (?:a |an |her |his |the |some )?(?:pillow|pillows|cushion|cushions|nerf|nerf gun|water pistol|water gun|tickles?|hugs?|kisses?|snowballs?|soft toy|teddy|feather|foam \w+|balloon|questions|selfies|memes|spoilers|facts|puns|glitter)\b",
    r"\bthreaten\w* to (?:make me|force me to) (?:watch|listen to|sit through|binge)\b(?: \w+){0,4}? (?:saga|series|films?|movies?|shows?|seasons?|musical|playlist|album|episodes?|rom com|box set|documentary|trilogy)\b",
    r"\b(?:sulks?|moans?|grumbles?|pouts?|gets? (?:grumpy|jealous|moody|huffy|a bit \w+))\b(?: \w+){0,8}? but (?:he|she) (?:gets over it|is fine|comes round|gets used to it|lets me|never stops me|does not stop me|is working on it|is trying)\b|\b(?:sulks?|gets? (?:grumpy|jealous|moody|huffy))\b(?: \w+){0,8}? but we (?:talked|have talked|talk) (?:about it|it through)\b",
    r"\bshot (?:me|my \w+|it|that|the idea|my idea) down\b|\bshoots? (?:me|it|my \w+) down\b",
    r"\b(?:would|will|is going to|was going to|going to) have my (?:head|guts for garters|hide|head on a plate)\b(?= if| for| when)",
    # hyperbole: food, laughter, effort "nearly killed me"; tight clothes "strangling"; a boss reading my email out
    r"\b(?:hot|spicy|funny|laughing|laughed|steep|hard|tired|embarrass\w*|bored|hungry|full|cold)\b(?: \w+){0,4}? i thought i was (?:going to|gonna|about to) die\b",
    r"\b(?:shoes|boots|heels|trainers|socks|jeans|trousers|tights|waistband|belt|tie|collar|bra|dress|wetsuit|corset|ring)\b(?: \w+){0,4}? (?:strangl\w*|chok\w*|killing|crushing|squeezing|cutting off) (?:my )?(?:toes|feet|waist|neck|belly|stomach|ribs|circulation|finger)\b",
    r"\b(?:boss|teacher|manager|colleague|coworker|lecturer|tutor|headteacher|vicar|mate|friend|sister|brother) (?:read|reads|reading) (?:my|our) (?:\w+ )?(?:email|emails|message|letter|essay|poem|speech|text|card|note) out\b",
    r"\b(?:course|diploma|degree|training|module|class|lecture|workshop|seminar|placement|covered|learn\w*|studying|taught)\b(?: \w+){0,6}? (?:safety plan\w*|safeguarding|risk assessments?)\b",
    # waking at an hour, for a reason: "i do not want to wake up early tomorrow", "dread waking up at five for my shift"
    r"\b(?:wake|waking|get|getting) up (?:so |too |really |super )?(?:early|late|at (?:\w+ )?(?:o clock|am|in the morning|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dawn)|before (?:dawn|\d+|five|six|seven|eight|the kids)|for (?:work|school|the school run|my shift|the early shift|the gym|church))\b",
    # something of his own mislaid: "he is looking for his keys", "hunting for her glasses again"
    r"\b(?:looking|searching|hunting|rummaging|scrabbling) (?:everywhere |all over |round |around )?for (?:his|her|their|the) (?:keys|car keys|house keys|phone|wallet|glasses|reading glasses|remote|charger|shoes|boots|coat|jacket|hat|sock|socks|watch|earbuds|headphones|lighter|tools|drill)\b",
    r"\bsharpen\w* (?:the |a |his |her |my |our )?(?:good |new |old |big |blunt )?(?:kitchen |carving |bread |chefs |vegetable |paring |steak )?(?:knife|knives)\b(?: \w+){0,4}? (?:cut (?:himself|herself|myself|his finger|her finger|his thumb|her thumb)|chopp\w*|to (?:chop|cut|slice|carve|prep))\b",
    # wave 9, by family (rules that fired on everyday talk of hands they were not written from):
    # weather, illness, clothes, work or money "choking", "suffocating", "strangling" me: no hand at a throat
    r"\b(?:heat|humidity|air|smog|smoke|dust|pollen|fumes|cough|cold|flu|asthma|allergies|hay fever|sinuses|tie|collar|scarf|jumper|polo neck|turtleneck|deadlines?|workload|debts?|mortgage|rent|bills|job|work|paperwork|admin|red tape|stress|anxiety|overtime|emails|exams|revision|town|city|office|routine|commute|traffic)\b(?: (?!he\b|him\b)\w+){0,4}? (?:chok|strangl|suffocat|smother|throttl)\w* (?:me|us)\b(?! (?:with|by) (?:his|her|their|a|the) (?:hands?|arm|arms|belt|rope|cord|pillow|scarf|tie))",
    # an emergency call for an everyday reason, past or asked about: a theft, a break in, a crash seen, a fire, a fever
    r"\b(?:had to |have to |has to |need to |do you |did you |should i |should we |would you )?(?:call\w*|rang|ring\w*|phon\w*|dial\w*|get|got|report\w*)\b(?: (?:call|ring|phone|dial))? (?:for )?(?:an |the )?(?:nine nine nine|nine one one|triple zero|one one two|ambulance|paramedics|police|cops|guards|gardai)\b(?: \w+){0,3}? (?:to report|about|because|after|when|for|as)\b(?: (?!he\b|him\b|me\b)\w+){0,4}? (?:lost|stolen|theft|burgled|burglary|break in|broken into|broke into|shoplift\w*|crash|car accident|pile up|fire|flood|fever|heart|chest pains?|asthma|allergic reaction|fall|fell|fainted|collapsed|seizure|stroke|barking|noise|noisy|party|fireworks|vandal\w*|graffiti|parking|scam\w*|fraud)\b",
    # a wish for a break, bounded: "i wish i could disappear for a few days somewhere quiet"
    r"\b(?:disappear|vanish)\b (?:for|to) (?:a|an|the) (?:few |couple of |couple |long |quiet )?(?:days?|nights?|weekend|weeks?|hours?|holiday|break|beach|island|spa|cabin|cottage|retreat)\b(?! (?:and never|forever|for good))",
    # something taken by mistake, not kept from me: "he took the car keys to work by mistake"
    r"\b(?:took|takes|taken|grabbed|picked up|walked off with|drove off with|went off with)\b (?:my |the |our )?(?:car |house |spare )?(?:keys|phone|charger|wallet|purse|bank card|card)\b(?: \w+){0,4}? (?:by mistake|by accident|accidentally)\b",
    # wave 9, from hand o, by meaning. A tracker put on luggage or keys so they are found when lost; a camera
    # left to watch the pet while away; stalking in a drama, film or book (not of me); a helpline as a workplace
    r"\b(?:airtags?|air tags?|tiles?|trackers?|tracking devices?|gps)\b (?:on|in|to|into) (?:his |her |their |our |my |the |a |the kids |the dogs |the cats )?(?:suitcases?|luggage|cases?|bags?|backpacks?|keys|key ring|keyring|wallet|purse|collar|bike|golf clubs)\b"
    r"(?: \w+){0,6}? (?:for (?:the|our|a|his|her) (?:holiday|holidays|trip|flight|flights|travels?|airport|move|cruise)|because (?:i|we|he) (?:lose|lost|keep losing|always lose|misplace|kept losing)|so (?:i|we|he) (?:can|could) (?:find|track down)|in case (?:it|they|he|the \w+) (?:gets? lost|go\w* missing|gets? stolen))\b",
    r"\b(?:camera|cameras|webcam|pet cam|pet camera)\b (?:in|on|by) (?:the|my|our) (?:\w+ )?(?:living room|lounge|kitchen|hall|hallway|house|flat|front room|conservatory)\b (?:to|so we can|so i can) (?:watch|check on|keep an eye on|see) (?:the |our |my )?(?:cat|cats|dog|dogs|puppy|kitten|pets?|rabbit|parrot|fish|tortoise)\b",
    r"\b(?:drama|dramas|film|films|movie|movies|show|shows|series|box set|book|books|novel|novels|podcast|podcasts|episode|episodes|documentary|documentaries|thriller|thrillers|soap|soaps|programme|program|true crime|crime drama|police drama)\b(?: (?!me\b|my\b|i\b|us\b|our\b)\w+){0,8}? (?:a |the )?(?:stalker|stalkers|stalked|stalking|stalks)\b(?! me\b| my\b| us\b)",
    r"\b(?:works?|worked|working|volunteers?|volunteered|volunteering|a job|jobs?|shifts?) (?:for|at|with|on) (?:the |a )?(?:lifeline|samaritans|refuge|womens aid|crisis line|crisis text line|helpline|hotline|help line|childline|beyond blue|beyondblue|the shelter|a shelter|rape crisis|victim support)\b",
    # the emergency number rung by digits for an illness: "i had to ring 911 when my son had a seizure"
    r"\b(?:had to|has to|have to|called|rang|phoned|dialled|dialed|call|ring|phone|dial)\b (?:911|999|000|112|111)\b(?: \w+){0,3}? (?:when|after|because|for|as) (?:i|he|she|my \w+|the \w+|mom|dad|nan|gran|grandad|grandpa|grandma|granny)\b(?: \w+)? (?:fainted|collapsed|had (?:chest pains|an asthma attack|an allergic reaction|a hypo|a seizure|a fit|a fall|a stroke|a heart attack|a funny turn|a bad turn)|broke (?:his|her|my) (?:hip|leg|arm|ankle|wrist)|took (?:ill|poorly|a turn)|went into labou?r|stopped breathing|choked on)\b",
    # help asked with a part of what the skill is doing: "can you help me with this bit", "with the step about asking"
    r"\b(?:can|could|would|will) you (?:please )?help me (?:out )?with (?:this|that|the|my) (?:bit|part|step|question|exercise|answer|wording|words|sentence|list|reminder|note|check in|reflection|boundary|one|last one|next one|first one)\b",
    # wave 9, from hand p, by meaning: a helpline for another matter (gambling, parenting); scared of what
    # counselling might bring up; a pet or a child running off with a glove or grabbing my toes; a day, the
    # traffic "was murder"; "I'll murder you" said by me in jest; beaten again at a game; a cleaver on meat;
    # "the rest of us" (not rest as peace); everyone "dying" at hot food; having nowhere to go once retired
    r"\b(?:gambling|parenting|parent|debt|money advice|benefits|housing|tenancy|bereavement|carers|careers|pensions?|tax|citizens advice|nhs|drink|alcohol|drugs|smoking|quit smoking|stop smoking|dementia|autism|breastfeeding|new parents|student|students|veterans|tech|customer|customer service|samaritans for the|gardening|poison|poisons)\b (?:help ?line|helpline|hotline|support line|advice line|line)\b",
    r"\b(?:scared|afraid|frightened|worried|nervous|terrified) (?:of|about) what (?:might|would|will|could|may) (?:come out|come up|be said|get said|we find|i find|he finds|they say|the counselor says|the therapist says)\b",
    r"\b(?:dog|dogs|cat|cats|puppy|kitten|toddler|seagull|fox|squirrel|magpie|goat|goose)\b(?: \w+){0,15}? (?:ran|run|runs|running) off with\b(?! (?:the|my|our) (?:kids|children|baby|son|daughter|passport|passports)\b)",
    r"\b(?:the |my |our |a |his |her )?(?:cat|cats|kitten|dog|puppy|toddler|baby|hamster|parrot|goose|geese|swan|seagull)\b (?:attack\w*|ambush\w*|savag\w*|went for|goes for|bit|bites|scratch\w*|pounc\w* on|headbutt\w*|head butted|kicked|kicks) (?:my (?:toes|feet|ankles|ankle|hand|hands|finger|fingers|leg|legs|nose|face|ear|hair)|me)\b(?: by accident| accidentally| again)?",
    r"\b(?:traffic|commute|journey|drive|shift|day|week|work|queue|queues|parking|school run|exam|weather|heat|hill|stairs|gym|rush hour|it|that)\b(?: \w+){0,2}? (?:was|is|has been|were) (?:absolute |pure |sheer |bloody )?murder\b",
    r"\bi (?:said|say|told (?:him|her)|joked|went|goes)(?: to (?:him|her))? i (?:will|would|am going to|am gonna|could|might) (?:murder|kill|strangle|throttle|skin|swing for) you\b",
    r"\b(?:play\w*|game|games|round|rematch|match|chess|cards)\b(?: \w+){0,4}? (?:and |then )?(?:beat|beats|thrashed|destroyed|whooped|smashed) me (?:again|every time|at it|easily|twice)\b",
    r"\b(?:hack\w*|chop\w*|cut\w*|slic\w*|carv\w*) (?:away )?(?:at )?(?:a |the )?(?:side of beef|carcass|joint|meat|beef|pork|lamb|chicken|turkey|ham|log|logs|wood|tree|branches|hedge|bone|bones|veg|vegetables|onions?)\b(?: \w+){0,4}? with (?:a |the |this |his |her |my )?(?:\w+ )?(?:cleaver|knife|axe|saw|chainsaw|machete|hatchet)\b",
    r"\bcut me up\b(?= (?:\w+ ){0,3}?(?:on|at|in) (?:the )?(?:roundabout|motorway|road|junction|lane|traffic|highway|freeway|bend|lights|dual carriageway|slip road|car park))",
    r"\bthe rest of (?:us|them|you|the \w+|my \w+|his \w+|her \w+|it)\b",
    r"\b(?:hot|spicy|chill\w*|curry|funny|laughing|laughed|sweating|crying laughing)\b(?: \w+){0,12}? (?:we|us|i|they|everyone) (?:were|was|are|am|all) (?:all )?(?:dying|dead)\b",
    r"\b(?:retired|retirement|redundant|day off)\b(?: (?!he\b|him\b|me\b)\w+){0,14}? nowhere to go\b",
    # the speaker blocking a relative or a friend online is her own choice, not being watched: "I blocked my
    # cousin on facebook after the row" (blocking him, the partner, stays in view for the stalking rules)
    r"\bi (?:blocked|unfriended|muted|unfollowed) (?:(?!him\b|her\b|them\b|he\b)\w+ ){1,3}?on (?:facebook|fb|instagram|insta|ig|whatsapp|snapchat|snap|tiktok|twitter|linkedin|messenger|socials|social media)\b(?! (?:\w+ ){0,3}?(?:he|she|they) (?:made|makes|told|tells|forced|forces|wanted|wants|said|says|asked|insisted|demanded))",
    # chosen for me because I asked: "he picks my clothes out when i can not decide, i asked him to"
    r"\b(?:picks|pick|chooses|choose|chose|picked|decides|decided) (?:what i (?:wear|eat|read|watch)|my (?:outfits?|clothes|clothing|food|meal|dinner|order))\b(?: out| for me)?(?= (?:\w+ ){0,2}?(?:when|because|if|since) i (?:can not|could not|do not|never|am not) (?:decide|choose|pick|make up my mind|know what|sure)\b|(?: \w+){0,6}? i (?:actually )?(?:asked|ask|like|love|want) (?:him|her|them|he) to\b)",
    # wave 11, from blind hand s (everyday near misses) by family: no one is in danger in any of these.
    # Hyperbole tied to a chore or a song: "someone shoot me if i ever agree to another flat pack"
    r"\b(?<!will )(?<!would )(?<!to )(?<!he )(?<!could )(?<!might )(?:shoot|kill|stab|bury) me (?:now )?(?:if|when|before) (?:i|we) (?:ever )?"
    r"(?:agree to|say yes to|offer to|volunteer (?:for|to)|sign up (?:for|to)|buy|book|build|assemble|have to (?:hear|listen to|watch|sit through|sing|build|assemble|fill in|wrap|read|do another|go to another))\b",
    r"\bif (?:i|we) (?:have to |ever )?(?:hear|listen to|watch|sit through|sing)(?: \w+){0,2}? (?:that|this|the|another|one more) (?:\w+ )?"
    r"(?:song|jingle|advert|ad|film|movie|show|episode|meeting|zoom|speech|story|joke|podcast|album|tune|carol|lecture|sermon|presentation)\b(?: more| again)?"
    r"(?: \w+){0,3}? (?:i am going to|i will|i am gonna|i might|i could|i would) (?:jump off (?:a|the) (?:bridge|cliff|roof)|throw myself off|kill myself|shoot myself|scream|die)\b",
    # mortified, not wanting to die: "my daughter said i was so cringe she wanted to die", "the aunties danced like they wanted to die"
    r"\b(?:cringe\w*|embarrass\w*|mortif\w*)(?: \w+){0,3}? (?:i|he|we) (?:wanted|was going) to die\b"
    r"|\b(?:cringe\w*|cringing|embarrass\w*|mortif\w*|awkward|danc\w*|karaoke)\b(?: (?!i\b|me\b|myself\b)\w+){1,6}? (?:wanted|were going|was going) to die\b(?! (?:because|after) (?:of )?(?:what )?(?:he|him))",
    # a pet or a child leaping off the furniture; a bus or a call jumped off; a cat with "a death wish"
    r"\bjump\w* (?:off|from) (?:the |a |my |our |his |her )?(?:top of the |back of the )?(?:wardrobe|sofa|couch|settee|bed|top bunk|bunk bed|bunk|table|counter|worktop|fridge|shelf|bookcase|"
    r"stairs|step|steps|fence|trampoline|climbing frame|slide|swing|swings|chair|sideboard|dresser|banister|windowsill|cupboard|kitchen side|shed roof|diving board|pier|jetty|bus|call|zoom|zoom call|teams call|bike|horse|pony)\b(?! (?:and|to) (?:end|kill|die))",
    r"\b(?:cat|cats|kitten|dog|puppy|kids?|toddler|son|daughter|squirrel|pigeon|deer|fox|driver|drivers|cyclist|cyclists|pedestrians?|taxi|van)\b(?: \w+){0,2}? (?:has|have|had|got|with) a death wish\b",
    # a relative's "I'll murder you if you post that", told as her words, not his: a scolding, not a threat
    r"\b(?:mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|aunt|aunty|auntie|uncle|sister|sis|brother|bro|teacher|boss|coach|mate|friend|cousin|ammi|abba|amma|appa|nani|dadi|bestie)\b"
    r" (?:said|says|goes|went|told me|shouted|yelled|texted|warned me|screamed)(?: \w+){0,2}? i (?:will|would|am going to|am gonna|swear i will|could) (?:kill|murder|strangle|throttle|skin|end) you\b(?= (?:if|when|for) (?:you|i)\b)",
    # a figure of speech explained to the skill: "when i said he was killing me i meant the dishes"
    r"\b(?:when i said|by saying)\b (?:that )?(?:he|it|work|the \w+|my \w+) (?:was|is|were) (?:killing|murdering|strangling|choking) me\b(?= (?:i meant|i was joking|i was exaggerating|as in|it was a joke|that was a joke|it is a figure|figure of speech|it is an expression|it is a saying)\b)"
    r"|\b(?:i did not|i do not|did not|do not) mean (?:that )?(?:he|it) (?:was|is) (?:killing|murdering|strangling|choking|going to kill) me\b",
    # sitting in my own car outside my own house before going in, to cry or to finish a song
    r"\bi (?:sat|sit|sitting|waited|wait|waiting|parked|stayed)\b(?: \w+){0,4}? outside (?:my|the|our) (?:own )?(?:house|flat|place|home|work|office|door|school|job|gym)\b(?: \w+){0,8}? "
    r"(?:before (?:going|i went|i go|heading|walking|getting) (?:in|inside|back in)\b|to (?:finish|listen to|have a cry|cry|calm down|gather myself|get my head|catch my breath|be alone|have a minute|have five minutes|eat|take the call|end the call)\b)",
    # a team or a game's "hiding", "pasting", "battering": "our lot got a hiding on saturday", "a proper hiding at fifa"
    r"\b(?:our lot|our team|our side|the lads|the team|the club|the side|the seconds|the firsts|united|city|rovers|the reds|the blues|the all blacks|the wallabies|the socceroos|the springboks|the boks|the proteas|england|ireland|scotland|wales|australia|india|the aussies|the kiwis|the poms)\b"
    r"(?: \w+){0,2}? (?:got|get|gets|took|take|takes|had|copped) (?:a |an |another |such a )?(?:right |real |proper |absolute |total )?(?:hiding|thrashing|battering|beating|pasting|hammering|drubbing|tonking|spanking|whooping|walloping|towelling|shellacking|leathering)\b",
    r"\b(?:hiding|pasting|drubbing|tonking|leathering|walloping|thrashing|hammering|battering|beating|whooping)\b(?: \w+){0,3}? (?:at|in|on|playing) (?:a |the |our |his |my )?"
    r"(?:fifa|football manager|madden|rocket league|call of duty|cod|fortnite|mario kart|darts|pool|snooker|cards|chess|scrabble|monopoly|pub quiz|quiz|tennis|squash|golf|ping pong|table tennis|badminton|bowling|uno|poker|five a side|footy|the match|the derby|the final)\b",
    # hide and seek; a pet under the bed from the fireworks
    r"\bhide (?:and|n) (?:go )?seek\b(?: \w+){0,10}? hiding\b|\bhiding\b(?: \w+){0,6}? (?:playing |for )?hide (?:and|n) (?:go )?seek\b",
    r"\bhiding (?:in|under|behind|inside) (?:the |a |my |our )?(?:\w+ ){0,2}?(?:from|during) (?:the )?(?:fireworks|thunder|storm|hoover|vacuum|vacuum cleaner|vet|bath|postman|hairdryer|lawnmower|doorbell|builders|bin lorry|bin men)\b",
    # a game shot, not a gun: "playing call of duty with the kids and they keep shooting me"
    r"\b(?:playing|play|played|plays|game of|round of|on)\b (?:\w+ ){0,2}?(?:call of duty|cod|fortnite|halo|warzone|apex|valorant|overwatch|paintball|laser tag|laser quest|nerf|water pistols?|water guns?|cops and robbers|cowboys and indians)\b"
    r"(?: \w+){0,8}? (?:shoot\w*|shot|kill\w*|snip\w*) (?:me|us)\b",
    # out in my dressing gown after the dog, the bins or the chickens
    r"\b(?:ran|run|running|chas\w*|went|dashed|legged it)\b (?:after|out after|out to|down to|for) (?:it|the (?:\w+ )?(?:dog|dogs|cat|puppy|chickens|hens|sheep|goats|bin lorry|bin men|bins|bus|postman|parcel|delivery|van|kids|toddler|ball|cows))\b"
    r"(?: \w+){0,3}? in my (?:pyjamas|pajamas|pjs|nightie|nightdress|slippers|dressing gown|robe|bare feet)\b",
    # my own keys locked in the car
    r"\b(?<!he )(?<!he has )(?<!he had )locked (?:my|the|our) (?:own )?(?:keys|car keys|house keys|phone|keys and phone) (?:in|inside) (?:the |my |our )?(?:car|house|flat|boot|office|locker|shed|garage|van)\b(?! (?:so|and) (?:i|he)\b)",
    # a dig in a meeting: "he took a shot at me in the meeting about my spreadsheet"
    r"\b(?:took|takes|taking|take|had|having|have) (?:a |another |a cheap |a pot |cheap |pot |a few |some )?(?:shots?|swipes?|digs?|pops?) at me\b"
    r"(?= (?:in|during|at|on|about|over|for|in front of) (?:the |a |my |our |his |her |that |this |everyone )?(?:\w+ )?(?:meeting|call|zoom|email|chat|group|team|office|class|party|dinner|lunch|quiz|spreadsheet|report|cooking|driving|weight|hair|outfit|job|presentation|facebook|twitter|whatsapp|post|comments?|review|appraisal|speech|wedding|pub|christmas|everyone|front)\b)",
    # tired, not wanting never to wake: "i could sleep forever"; a meeting skipped unnoticed
    r"\bi could (?:sleep|stay in bed|lie in|lie here) (?:forever|for a week|for days|for a year|for a month)\b",
    r"\b(?:no one|nobody|noone|anyone|anybody) (?:would|will|is going to)(?: even| ever)? (?:miss|notice|care) (?:if|that) i "
    r"(?:skipped|skip|missed|left early|leave early|was late|am late|wore|dyed|cut my hair|changed my hair|went home early|called in sick|stayed home|did not (?:go|come|turn up|show up|wear)|do not (?:go|come|turn up|show up))\b",
    # slipping out for work or a run so as not to wake anyone; leaving the skill itself
    r"\b(?:snuck|sneaked|sneak|sneaking|crept|creep|creeping|tiptoed|slipped) out (?:early |quietly )?(?:so (?:i|as) (?:would not|did not|not to|do not) wake\b|for (?:work|the gym|a run|a walk|an early shift|a smoke|a coffee|the early shift)\b)",
    r"\b(?:get|getting|run|running|ran|escape|escaping|leave|leaving|exit|exiting)\b (?:out of|away from|from) (?:this|the) (?:app|skill|exercise|question|menu|conversation|chat|session|quiz|check in|reflection|screen)\b",
    # little ones and pets: a bite while teething, a kick in her sleep, a tackle in the garden, a water balloon
    r"\b(?:puppy|puppies|kitten|kittens|baby|toddler|toddlers|teething)\b(?: (?!he\b|him\b)\w+){0,2}? (?:bit\w*|bites|nip\w*|chew\w*|kick\w*|pull\w*|yank\w*|grab\w*|scratch\w*|headbutt\w*|smack\w*|whack\w*|slap\w*|hit|hits|punch\w*) "
    r"(?:me|my (?:hands?|fingers?|toes|feet|ankles?|nose|hair|ears?|face|glasses|earrings?|lip|chin))\b",
    r"\b(?:my|our|the|his|her) (?:son|daughter|little one|little boy|little girl|twins|kids|grandkids|grandson|granddaughter|nephew|niece|dog|cat)\b(?: (?!he\b|him\b)\w+){0,2}? "
    r"(?:bit|bites|biting|kicked|kicks|kicking|headbutted|headbutts|head butted|pulled|pulls|yanked|smacked|whacked|punched|scratched|tackled|thumped|slapped|hit) (?:me|my \w+)\b"
    r"(?= (?:\w+ ){0,4}?(?:teething|in (?:his|her|their|my) sleep|by accident|accidentally|playing|play fighting|in the bath|on the trampoline|on the bouncy castle|with (?:a|his|her|the) (?:toy|rattle|ball|lego|truck|block|brick))\b)",
    r"\b(?:threw|throws|chucked|lobbed|squirted|sprayed|fired)\b (?:a |some |the |their |his |her )?(?:water (?:balloons?|bombs?)|snowballs?|nerf darts?)\b(?: \w+){0,2}? at (?:me|us)\b",
    r"\b(?:grandkids|little ones|toddlers?|twins|puppy|puppies)\b(?: \w+){0,2}? (?:tackled|tackles|rugby tackled|bundled|jumped on|piled on|wrestled) me\b(?: (?:to|onto|into) (?:the )?(?:ground|grass|floor|sofa|bed|sand|snow|mud))?",
    # beaten to a parking space; breathless from a cold, the heat, laughing, tight jeans
    r"\b(?:beaten|beat) (?:me )?to (?:it|the (?:punch|post|last|finish|top|front|draw|parking|spot|seat|bathroom|shower|table|till|checkout))\b",
    r"\b(?:could not|can not|couldnt) (?:breathe|get (?:any )?air) (?:\w+ ){0,2}?(?:in (?:this|the) (?:heat|humidity|smoke|smog|dust|pollen)|for laughing|with (?:this|the|my|a) (?:cold|flu|cough|asthma|hay fever|blocked nose|mask|chest infection|covid)|through my nose|(?:i was |we were |from )?laughing)\b",
    r"\b(?:laughing|laughed|jeans|trousers|corset|wetsuit|waistband|cold|flu|covid|cough|asthma|hay fever|heat|humidity|pollen|blocked nose|stuffed up|congested)\b(?: \w+){0,4}? (?:could not|can not|couldnt) (?:breathe|get (?:any )?air)\b",
    # fear of a test, a needle, a spider; a fright from a prank; hiding from a neighbour; housebound by a broken leg
    r"\b(?:terrified|petrified|scared|frightened|nervous) (?:of|about) (?:my|the|his|her|our|a|an) (?:\w+ ){0,2}?(?:driving test|test|exam|exams|interview|operation|surgery|scan|results|dentist|injection|flight|speech|presentation|smear test|jab|needle|spiders?|heights|clowns|lifts|deep water)\b",
    r"\b(?:scares|scared|frightened|frightens|terrified|terrifies) the (?:life|hell|living daylights|bejesus|bejeezus|crap) out of (?:me|us)\b"
    r"(?= (?:\w+ ){0,2}?(?:jumping out|sneaking up|creeping up|coming up behind|popping up|with (?:a|his|her|that|the) (?:mask|costume|prank|joke|story|film|movie|spider)))",
    r"\bhid\w* from (?:the|my|our) (?:neighbor|next door neighbor|postman|window cleaner|landlord|landlady|pta|school mums?|school moms?|in laws?|mother in law|sister in law|vicar|teacher|coach|bailiffs?|salesman|chuggers?|carol singers|trick or treaters)\b",
    r"\bon the run from (?:the )?(?:school mums|school moms|pta|in laws|inlaws|washing up|housework|chores|kids|wasps|photographers)\b",
    r"\b(?:hostage|prisoner|captive)\b(?: \w+){0,2}? in (?:my|our) (?:own )?(?:house|home|flat|bedroom)\b(?= (?:\w+ ){0,2}?(?:with|since|because of|after|until|till) (?:this|the|my|a) (?:\w+ )?"
    r"(?:leg|ankle|hip|knee|back|cast|crutches|wheelchair|operation|surgery|flu|covid|cold|virus|snow|storm|lockdown|renovation|builders|heatwave|rain|weather)\b)",
    # lost in a book for a while; tablets counted for the repeat prescription
    r"\bdisappear (?:into|under|in) (?:a|the|my) (?:\w+ )?(?:book|novel|duvet|blanket|bath|garden|shed|film|box set|series|show|game|hobby|knitting|music)\b",
    r"\b(?:count\w*|check\w*|sort\w*) (?:my|his|her|the) (?:pills|tablets|meds|medication)\b(?= (?:\w+ ){0,8}?(?:repeat|prescription|refill|pharmacy|chemist|pill box|dosette|renew|running low|running out|run out|ran out|reorder|re order|order more|surgery)\b)",
)
BODY = (
    r"(?:face|head|arm|arms|neck|throat|body|back|stomach|chest|leg|legs|hand|hands|hair|wrist|wrists|jaw|nose|"
    r"eye|eyes|mouth|lip|lips|rib|ribs|side|shoulder|shoulders|ear|ears|cheek|cheeks|foot|feet|fingers?|belly|head against|ponytail|skin|"
    r"thigh|thighs|knee|knees|ankle|ankles|toes|teeth|skull|temple|groin|kidneys|spine|lap)"
)
_HARM_WORDS = (
    r"(?:hit|hits|hitting|hurt|hurts|hurting|harmed|harm|harming|punched|punching|slapping|kicking|pushing|shoving|beating|choking|punch|slapped|slap|kicked|kick|beat|beaten|pushed|shoved|choked|"
    r"strangled|touched|threatened|abused|attacked|laid a finger|laid hands|laid a hand|lay a finger|lay hands|lay a hand|raised (?:a|his) hand|"
    r"put (?:his|her|their|a) hands? on|laid (?:his|her|their) hands? on|raise (?:a|his|her) hand|lift\w* (?:a|his|her) (?:hand|finger)|put (?:a )?(?:hand|finger) on|get physical|gotten physical|"
    r"violent|physical|got hurt|gets hurt|get hurt|been hurt)"
)
# Harm that did happen, or is feared, said as a boundary or a prohibition, is not a denial (wave 16, helper bl;
# issue 13): "he doesn't get to hit me", "she is not allowed to put her hands on me", "nobody gets to hit me"
# (a prohibition: harm to me or my body), "he won't hit me again", "he doesn't hit me anymore", "he will never
# again hit me", "he isn't violent anymore" (again, anymore: it happened). The blank below leaves these to the
# rules; "he's never hurt me", "he would never hit me", "he's not allowed to hit his sister", "he doesn't get to
# push me around" and "he doesn't kick me in his sleep anymore" are blanked as before.
_PROHIBITED = r"(?:get to|gets to|got to|allowed to|permitted to|have the right to|has the right to)"
_AT_ME = (
    rf"(?: on)? (?:me|my {BODY})\b"
    r"(?!(?: again| ever again| anymore| any more)? (?:around|about|away|emotionally|by|like that|with (?:his|her|their) (?:words|lies)|into (?:things|decisions?|doing|saying|agreeing|it|that|anything|something)\b))"
)
# "hurt" is as often the heart's: "he can't hurt me anymore, I'm over him" stays blanked; blows said again are not
_PHYSICAL_HARM = _HARM_WORDS.replace("hurt|hurts|hurting|", "", 1)
# (wave 17, helper rf) so is the children's or a pet's, said of him: "he doesn't get to hit the kids", "she isn't allowed to kick the dog"
_AT_OURS = r" (?:the|my|our) (?:kids?|children|child|baby|babies|son|daughter|boys?|girls?|little ones?|toddler|twins|dogs?|cats?|puppy|kitten|pets?)\b"
# Read just after the negation word, not before it: a blank that starts with its words lets the screen skip
# to the places holding one ("n"), where a look ahead first would be tried at every word of the text. The
# word read is the one the blank matched (only one of them can start at a place), so this is the same test.
_NEVER_OR_NOT = r"(?:(?<=never)|(?<=not))"  # the negation word just read was "never" or "not"
# "he (does|is|will) never/not", just read
_HE_NEVER_OR_NOT = (
    "(?:"
    + "|".join(rf"(?<=\bhe {aux}{word})" for aux in ("does ", "is ", "", "will ") for word in ("never", "not"))
    + ")"
)
_NOT_A_DENIAL = (
    rf"(?!(?: \w+)?(?: ever)? {_PROHIBITED} {_HARM_WORDS}{_AT_ME}"
    rf"|{_HE_NEVER_OR_NOT}(?: \w+)?(?: ever)? {_PROHIBITED} {_HARM_WORDS}{_AT_OURS}"
    rf"|{_NEVER_OR_NOT}(?: ever)? again\b"
    rf"|(?: \w+){{0,2}}? {_PHYSICAL_HARM}{_AT_ME}(?: ever)? (?:again|anymore|any more|no more)\b"
    rf"|{_NEVER_OR_NOT}(?: \w+)? (?:violent|physical|rough)(?: with me)?(?: ever)? (?:again|anymore|any more|no more)\b)"
)
NEGATIONS: tuple[str, ...] = (
    rf"\b(?:never|not|no one|nobody|noone)\b{_NOT_A_DENIAL}(?: (?!he\b|she\b|they\b|him\b|make\b)\w+){{0,2}}? {_HARM_WORDS}\b(?! myself| off\b)(?: me| anyone| anybody| him)?",
    r"\bnot (?:scared|afraid|frightened|terrified) of (?:him|her|he)\b|\bnot of (?:him|her|he)\b",
    # "it is not like anyone was in danger", "not as if anybody got hurt": a negated danger, said in passing
    r"\bnot because (?:i am|i feel|i was|i felt|i have been|he is) (?:\w+ )?(?:unsafe|scared|afraid|frightened|in danger|at risk)\b",
    r"\bnot (?:like|as if|as though) (?:anyone|anybody|someone|somebody|i|we|he|the kids|any of us) (?:was|were|is|am|are|got|had been|has been|felt) (?:ever )?(?:in (?:any )?danger|unsafe|at risk|hurt|harmed|violent|aggressive|abusive|dangerous)\b",
    r"\b(?:do not|did not|does not|not that i) mean (?:that )?i (?:want to|wanted to|am going to|would|will) (?:give up on life|die|end it|kill myself|hurt myself|not be here)\b",
    r"\b(?:never|not|no longer) (?:feel |felt |feeling |am |was |been )?(?:unsafe|in danger)\b",
    r"\bnot (?:feeling )?suicidal\b(?! (?:yet|right now|at the moment|today|anymore|now|but|though))",
    r"\b(?:never|not|has not|have not|did not|does not|is never|has never)\b(?: (?:once|ever|really|at all))? (?:frightened|scared|frighten|scare|intimidated|intimidate) me\b(?! (?:like|as much|until|till|before|so|this much|more|now|tonight|today|recently|lately)\b)",
)

# wave 11 (helper sb), from hand r by meaning: everyday talk the stalking and control rules heard as danger.
# A tracker on the pet or on my own luggage; a visit to my work with a treat or to take me out (unless it is
# unwanted: after I said no, after we split, again and again); texts read over my shoulder, then talked through; a
# reminder to take my own medicine; a PIN shared because I asked; a debt in my name that we chose and pay
# together; and "it is not like he stops me or anything": a danger denied in passing (the rest is still read).
IDIOMS = (
    *IDIOMS,
    r"\b(?:airtags?|air tags?|tiles?|trackers?|tracking devices?|gps(?: trackers?)?)\b (?:on|in|to|into|for|attached to|clipped to) (?:the |our |my |a )?(?:dogs|dog|cats|cat|puppy|puppies|pets?|kitten|horse|pony|tortoise)\b(?: (?:collars?|harness|harnesses|tag))?|\b(?:dogs|dog|cats|cat|pets?|puppy)(?: collar)? (?:airtags?|air tags?|tiles?|trackers?|gps)\b",
    r"\b(?:i|we) (?:\w+ )?(?:put|stuck|slipped|popped|tucked|keep|kept|attached|clipped|added|bought|got)\b (?:an? |some |the |our |my |one )?(?:airtags?|air tags?|tiles?|trackers?|gps trackers?)\b (?:on|in|into|to|inside) (?:my|our|the|each|every) (?:\w+ )?(?:suitcases?|luggage|cases?|bags?|backpacks?|keys|key ring|keyring|wallet|purse|bike|golf clubs|camera bag|guitar case)\b",
    r"\b(?:turn\w*|show\w*|pop\w*|rock\w*) up (?:at|outside) (?:my|the|our) (?:work|office|job|school|gym|house|flat|place|door|shop|salon|desk)\b (?:with (?:a |some |my |the |our |his |her )?(?:birthday )?(?:cake|cakes|flowers|lunch|coffee|coffees|breakfast|presents?|gifts?|balloons|kids|surprise|chocolates|card|pizza|doughnuts|donuts|treats?)\b|to (?:take me (?:out )?(?:to|for) (?:lunch|dinner|a drink|drinks|coffee|breakfast|a meal)|surprise me|give me a lift|pick me up|bring me|drop off)\b)"
    r"(?!(?: \w+){0,10}? (?:though|although|after i|since i|since we|i (?:told|asked|begged) (?:him|her)|again\b|uninvited|every (?:day|week|night)|scared|frightened|block\w*|split|separated|divorced|restraining|order)\b)",
    r"\bread\w* (?:my |the )?(?:\w+ ){0,4}?over my shoulder\b(?=(?: \w+){0,6}? (?:we (?:talked|talk|had a (?:chat|talk)|sorted|laughed|discussed|cleared)|by accident|accidentally|(?:and|then) (?:apologi\w*|said sorry)))",
    r"\b(?:remind\w*|help\w*|nag\w*|encourag\w*|prompt\w*|tell\w*|told|ask\w*|want\w*|get\w*|got) (?:me|us) to take my (?:meds|medication|medicine|pills|tablets|insulin|inhaler|antidepressants|vitamins)\b|\b(?:forget|forgot|forgetting|remember\w*|time|need|needs|needed) to take my (?:meds|medication|medicine|pills|tablets|insulin|inhaler|antidepressants|vitamins)\b",
    r"\bknows? my (?:pin|pin number|passcode|password|code)\b(?= (?:because|since|as) (?:i|we) (?:asked|gave|told|wanted|shared|trust|both|set)\b|(?: \w+){0,3}? (?:so (?:he|she) can (?:get|pay|pick|buy|grab|do)|for emergencies|in case)\b)",
    r"\b(?:the |our |a |this )?(?:debts?|loans?|credit cards?|mortgage|car finance|overdraft|bills?)(?: is| are)? (?:in|on|under) my name\b"
    r"(?=(?: \w+){0,12}? (?:we (?:both )?(?:pay|share|split|agreed|decided|chose)|pay\w* (?:it |for it )?(?:off )?together|together\b|jointly|better credit|credit (?:score|rating|history)|my choice|i (?:chose|wanted|asked|agreed|decided)))",
    r"\b(?:playing|play|played|plays) (?:call of duty|cod|fortnite|halo|apex|valorant|overwatch|warzone|gta|paintball|laser tag|nerf|water fights?|video ?games?|games?)\b(?: \w+){0,8}? (?:kill\w*|shoot\w*|shot|snip\w*|stab\w*|blow\w* up|blew up)(?: \w+)? (?:me|us)\b",
)
NEGATIONS = (
    *NEGATIONS,
    r"\bnot (?:like|as if|as though) (?:he|she) (?:ever )?(?:\w+ ){0,14}?(?:or anything|or whatever|or nothing)\b",
)

# -- rules by class and tier ------------------------------------------------------------------------
A = r"(?:he|she|they)"
AW = rf"\b{A}\b(?: \w+){{0,4}}?"  # the partner, then a few words
ME = rf"(?:me|my {BODY})\b"
STRONG = (
    r"(?:cut\w*(?= me\b(?! off| some| a\b| in line))|punch\w*|slap\w*|kick\w*|beat|beats|beating|beat up|beats up|smack\w*|shov\w*|bash\w*|thump\w*|whack\w*|"
    r"batter\w*|headbutt\w*|head butt\w*|stab\w*|assault\w*|abus\w*|rough\w* me up|clock\w*|deck\w*|"
    r"stamp\w* on|stomp\w* on|spat on|spit on|knock\w* (?:me )?(?:around|about|down|over|out|senseless|unconscious)|"
    r"laid (?:a )?(?:finger|hands?) on|lay (?:a )?(?:finger|hands?) on|put (?:his|her) hands on|"
    r"went for|goes for|came at|comes at|come at|held me down|holds me down|hold me down|pin\w* me down|"
    r"elbow\w*|kneed|kneeing|bit|bites|biting|burn\w*|scratch\w*|twist\w*|drag\w*|slam\w*|threw|throw\w*|"
    r"toss\w*|flung|hurl\w*|spat at|attack\w*)"
)
# More blows: slang from every market, and how speech-to-text spells them. A rule of their own, so the
# index runs it only when one of these rarer words is said.
STRONG_MORE = (
    r"(?:gouge\w*|jab\w*(?= (?:me|my) )|clamp\w*(?= my )|belt\w*|lamp\w*|leather\w*|wallop\w*|clobber\w*|pummel\w*|"
    r"thrash\w*(?= me\b(?! at| in))|flog\w*(?= me\b(?! (?:a|an|his|her|the|some)\b))|whip\w*(?= me\b(?! up))|klap\w*|moer\w*|"
    r"donner\w*|skelp\w*|clout\w*|sock\w*|glass\w*(?= me\b)|nutt\w*(?= me\b)|chinn\w*(?= me\b)|brain\w*(?= me\b)|"
    r"tortur\w*(?= me\b(?! (?:with|by)\b))|terroris\w*|terroriz\w*|king hit\w*|sucker punch\w*|swung (?:on|at)|swings? (?:on|at)|"
    r"swinging (?:on|at)|punsh\w*|puch\w*|slaped|slapt|kiked|hitted|beated|beet|beeted|trew|throwed)"
)
WEAK = r"(?:flick\w*|spank\w*|hit|hits|hitting|hurt|hurts|hurting|harm\w*|push\w*|grab\w*|pin\w*|shake|shakes|shook|shaking|trip\w*|yank\w*|strike|strikes|struck|sat on|kneel\w* on)"
# where a body lands when it is thrown, shoved or slammed
LANDING = (
    r"(?:stairs|steps|floor|ground|wall|walls|door|doors|door frame|doorframe|bed|table|car|window|counter|worktop|fridge|wardrobe|"
    r"dresser|corner|sofa|couch|street|road|banister|cupboard|bath|bathtub|tub|shower|hallway|radiator|sink|cooker|stove|oven|bookcase|"
    r"shelf|shelves|mirror|tv|glass|fence|gate|railing|ditch|chair|desk|concrete|pavement|tiles)"
)
KID = (
    r"(?:kids?|children|child|son|sons|daughters?|baby|babies|little one|little ones|toddler|stepson|stepdaughter|stepkids|stepchildren|"
    r"boys?|girls?|teenager|teen|grandson|granddaughter|grandkids|grandchildren|grandchild|niece|nephew|wee one|wee ones|weans?|bairns?|kiddos?)"
)
PET = r"(?:dog|dogs|cat|cats|puppy|puppies|kitten|kittens|pet|pets|rabbit|bunny|hamster|horse|bird|parrot|guinea pig|chooks?|chickens?|hens?|goats?|ferret|tortoise|pony|budgie)"
WEAPON = (
    r"(?:gun|guns|pistol|handgun|revolver|rifle|shotgun|firearm|firearms|weapon|weapons|bullets?|ammo|ammunition|"
    r"knife|knives|blade|machete|axe|hatchet|hammer|bat|baseball bat|crowbar|taser|scissors|broken bottle|acid|"
    r"box cutter|razor|screwdriver|shears|cleaver|chisel|sickle|barrel|muzzle|nail gun|stanley knife)"
)
NOT_A_WEAPON = (
    r"(?! block| set| drawer| sharpener| rack| shop| store| for (?:the|dinner|cooking|hunting)| to cut| to fix"
    r"| collection| range| sharp\b| locked| in (?:a|the|his) (?:safe|cabinet)| cabinet| safe\b| at the range"
    r"| in the (?:kitchen|drawer|block|dishwasher|sink|cutlery)"
    r"|(?: \w+){0,4}? for (?:his |her |my |our |the |a )?(?:fishing|camping|scouts|hiking|firewood|wood|logs|kindling|shoot|season|deer|ducks?|rabbits?|pests?|foxes|vermin|farm|range|clays?|pheasants?|garden|allotment|trip)\b"
    r"|(?: \w+){0,6}? (?:gun safe|gun cabinet|gun locker|before the (?:\w+ )?(?:shoot|season|hunt|trip)\b))"
)
FEAR = r"(?:scared|afraid|frightened|terrified|petrified|fearful|frighten\w*|terrif\w*)"
SAY = (
    r"(?:said|says|say|saying|told me|tells me|tell me|telling me|threaten\w*|texted|texts|messaged|wrote|warned|"
    r"warns|swore|swears|screamed|screams|yelled|yells|shouted|shouts|reckons|goes|keeps saying|kept saying|"
    r"promised|promises|whispered|mentioned|told|tells|texting|messaging)"
)
THREAT_OBJ = (
    r"(?:(?:kill|murder|hurt|harm|shoot|stab|strangle|choke|beat|batter|slit|drown|torture)(?: \w+)? "
    r"(?:me|you|us|my|your|himself|herself|the kids|the children|my kids|the dog|the cat|my family)\b|"
    r"end (?:me|you|my life|your life)\b|burn (?:me|you|the house|down|my|it all)|break (?:my|your) "
    r"(?:legs?|arms?|neck|face|jaw|fingers|nose)\b|(?:do|did) (?:me|you) in\b|finish (?:me|you) off\b|"
    r"(?:make|makes) (?:me|you) (?:pay|suffer|regret)|(?:i|you) (?:am|are|would be|will be) dead\b|"
    r"(?:i|you) (?:would|will|are going to|am going to) (?:regret(?! not\b| it if (?:i|you) (?:do not|did not|never|miss|skip|pass)\b| (?:getting (?:the|a|that|my|your) (?:\w+ )?(?:fringe|haircut|tattoo|piercing|perm)|buying|bringing|eating|wearing|ordering|drinking|missing|skipping|booking|selling|watching)\b)|be sorry|pay for)|pay for (?:this|it)\b|"
    r"(?:hunt|track) (?:me|you) down|find (?:me|you) (?:wherever|anywhere|if|no matter)|coming (?:for|after) (?:me|you)|"
    r"put (?:me|you) in (?:the |a )?(?:hospital|ground|grave|box|body bag|wheelchair)|"
    r"(?:no one|nobody) would (?:ever )?find(?! (?:the|my|his|her|our|these|those|where) (?:\w+ )?(?:easter eggs|eggs|presents?|gifts?|sweets|chocolates?|treats|remote|keys|biscuits)\b)|never see (?:daylight|the kids|the children|your kids|him again|them again)|"
    r"acid|take (?:the|my|our) (?:kids|children)|what happens to|make (?:my|your) life (?:hell|a living hell|miserable))"
)
# what he says he will do to a body, a face, a pet
THREAT_BODY = (
    r"(?:"
    r"(?:smash|kick|cave|bash|punch|knock|stove) (?:my|your) (?:face|head|teeth|skull|brains?) in\b|break every bone|"
    r"rip (?:my|your) (?:head|throat|face|heart) (?:off|out)|(?:punch|knock) (?:my|your) (?:lights|teeth) out|knock (?:my|your) block off|"
    r"(?:kick|beat|knock|smack|slap) the (?:shit|crap|hell|life|living daylights) out of (?:me|you)|"
    r"(?:will|would|is going to|am going to|are going to|gonna|going to|should|could|to) (?:hit|punch|slap|kick|smash|beat|batter|bash|belt|deck|"
    r"drown|burn|cut|choke|strangle|throttle|bury|flatten|lamp|smack|thump|wallop|glass|knife|shank|deal with|sort|ruin|destroy|wreck|cripple) "
    r"(?:me|you)\b(?! (?:a|an|some|the|up with|in with|at|out|off with|to the|home|round|one|over)\b)|"
    r"(?:crash|burn|drive|set fire to|torch|blow up|smash|wreck|ram) (?:the|his|my|our) (?:car|house|flat|place|van)(?: \w+){0,2}? with (?:me|us|you|the kids) (?:still )?(?:in it|inside)\b|"
    r"(?:gut|skin|slit|slash|carve|poison|maim|disfigure|cripple|hang|snap|slice|gas|knife|shank|run over|run down|set fire to|torch) (?:\w+ )?(?:me|you|us|my|your|the kids|the children|the dogs?|the cats?|the baby)\b"
    r")"
)
# veiled: euphemisms, "or else", "you'll be next"
THREAT_VEILED = (
    r"(?:"
    r"(?:do|sort|see) (?:me|you) (?:over|off)\b|sort (?:me|you) out\b(?! with| a\b| some)|get rid of (?:me|you)\b|teach (?:me|you) a lesson|"
    r"(?:going to|gonna|will|would|is coming to|coming to) get (?:me|you)\b(?= for (?:this|that|it|what)| one day| back\b| if\b| when\b| eventually| soon| in the end)|"
    r"(?:i|you) will not like what (?:happens|he does|i do|i will do|comes next|he will do)|"
    r"(?:do not|does not) (?:want|wanna) to (?:know|see|find out) what (?:i|he) (?:will|would|can|could|might) do|what (?:i am|he is) capable of|"
    r"(?:see|find out) what happens (?:if|when) (?:i|you)|or else(?= and\b| but\b| because\b| he\b)|"
    r"better (?:watch|mind) (?:my|your) (?:mouth|step|back|tongue|words)\b|better (?:watch|mind) what (?:i|you) say\b|"
    r"(?:someone|somebody|you|people|i|we|the kids) (?:is|are|am|will|would) (?:going to )?(?:get|gets) (?:hurt|killed)\b|"
    r"(?:i|you) (?:will|would|am|are) (?:be )?next\b|rather see (?:me|you) dead|see (?:me|you) dead (?:before|first)|"
    r"(?:i|you) (?:will|would|are going to|am going to) (?:go|be going|end up going|am going|are going) (?:through|out) (?:the|a) (?:window|wall|windscreen)|"
    r"one more (?:word|time|mistake|chance)(?: \w+){0,4}? (?:and|then) (?:i|you) (?:will|would|am|are)\b|"
    r"(?:i|you) (?:will|would|are going to|am going to) get what (?:is|was) coming to (?:me|you)|get what (?:i|you) deserve\b|"
    r"(?:i|you) will never work (?:in this town |here |anywhere )?again\b|(?:i|you) (?:will|would) end up (?:like )?(?:his|her|my) (?:ex|last \w+)\b|"
    r"(?:will|would|is going to) (?:end badly|not end well) for (?:me|you)\b|do something (?:he|i|you) (?:will |would |might )?regrets?\b|"
    r"do something (?:stupid|bad|terrible|awful|drastic|crazy)\b|(?:i|you) (?:will|would) get (?:it )?worse\b|it (?:will|would) be (?:much )?worse (?:for (?:me|you)|next time)|"
    r"(?:he|i) (?:will|would) not stop\b(?! (?:at|for|talking|texting|calling|going on|nagging|until))|tak\w* (?:me|you) (?:down )?with (?:him|me)\b|one way or (?:another|the other)\b"
    r")"
)
# death and the hospital, said sideways
THREAT_DEATH = (
    r"(?:"
    r"(?:go|going|leave|leaving|come|coming|end up|ending up|be|carried|wheeled) (?:home |out |out of here )?(?:in|on) (?:an ambulance|a stretcher|a body bag|a coffin|a wheelchair|intensive care|the morgue)|"
    r"(?:not|never) (?:leav\w*|get\w* out|mak\w* it out|walk\w* out|com\w* out|go\w* out)(?: of)?(?: \w+){0,3}? alive\b|"
    r"(?:you|i) (?:will not|would not|are not going to|am not going to|will never|are never going to|am never going to) (?:see|make it (?:to|past|through)|"
    r"live (?:to see|past|through|until|till)|last|survive) (?:\w+ ){0,3}?(?:christmas|birthday|tomorrow|morning|weekend|week|year|month|summer|night|new year|easter|another day)\b|"
    r"(?:i|you) (?:would|will) (?:not|never) make it (?:to|out of|past) (?:the|my|this) (?:car|door|front door|station|gate|road|street|house)\b|"
    r"(?:i|you) (?:will|would) (?:not|never) wake up\b(?! (?:early|in time|on time|before))|six feet under|(?:put|send|lay) (?:me|you) (?:in|into|under) (?:the )?(?:ground|grave|dirt|earth|soil)\b|"
    r"(?:i|he) knows? where (?:i|my|your|you|the kids|the children) (?:\w+ )?(?:am|lives?|live|are|is|stays?|staying|sleeps?|sleeping|works?|hiding|goes to school|go to school)\b"
    r")"
)
# levers: lies that would cost her the children, her visa, her freedom; his own life held over her
THREAT_LEVER = (
    r"(?:"
    r"tell (?:everyone|everybody|people|the school|my family|my work|your family) (?:that )?(?:i am|you are) (?:a )?(?:paedophile|pedophile|paedo|pedo|abuser|the abuser|abusive|a danger|dangerous|crazy|mad|unfit)\b|"
    r"(?:tell|telling|call|ring|phone) (?:the )?(?:police|cops|guards|social services|social workers|immigration|judge|court|everyone|my boss|my family)(?: that)? "
    r"i (?:hit|hurt|abuse\w*|attack\w*|beat|touched|assaulted|am (?:crazy|mad|unstable|unfit|a bad|abusive|on drugs|the abuser))\b|"
    r"have me (?:deported|sectioned|committed|arrested|locked up|put away|taken away)|(?:get|report) me deported|"
    r"take (?:my|the|our) (?:kids|children|son|daughter|baby|boys|girls|kid|child) (?:off|from|away from) me\b|"
    r"(?:i|you) (?:will|would) (?:lose|never see|never get) (?:the|my|your|our) (?:kids|children|son|daughter|baby|boys|girls)\b|"
    r"take (?:the|my|our) (?:kids|children|baby|son|daughter) (?:\w+ ){0,3}?(?:abroad|overseas|out of the country|back (?:home|to)|to (?:his|her) country)|"
    r"(?:top|off|hang|drown|shoot|poison) (?:himself|herself)\b|do (?:himself|herself) in\b|(?:take|end) (?:his|her) (?:own )?life\b|(?:jump|throw himself|throw herself) (?:off|in front)"
    r")"
)
# a threat written down: "a voice note saying ...", "a text that said ..."
MESSAGE = r"(?:texts?|messages?|voice notes?|voicenotes?|voicemails?|emails?|letters?|notes?|posts?|snaps?|whatsapps?)"
LEAVE = r"(?:leave|left|go|went|walk out|walked out|tell|told|call|called|ring|rang|report\w*|take the kids|took the kids|try|tried|cheat\w*|ever|grass\w*|snitch\w*|talk to|see another|see other)"
# after she has left or cut him off: what he does then is unwanted ("even though we split", "since i moved out")
APART = (
    r"(?:even though|though|although|since|ever since|after|now that) (?:we|i) (?:are |am |were |was |have |had )?"
    r"(?:split|split up|separated|broke up|broken up|moved out|left|divorced|blocked (?:him|her|his number))"
)
# he is out of the way for a while: the moment people slip out ("while he's on night shift", "when he's at the mart")
AWAY = (
    r"(?:while|when|once|before|as soon as) (?:he|she) (?:sleeps\b|is sleeping\b|snores\b|passes out\b|(?:is|was|goes|went|gets|leaves|left|falls|is out|is away)\b(?: \w+){0,2}? "
    r"(?:at work|asleep|passed out|out|away|on (?:\w+ )?shift|on nights|at the \w+|in the shower|travel\w*|back|home|gone))"
)

# What "I can't keep doing this" or "how much longer can I go on" is about when it is the daily grind, not
# life itself: a job, a commute, shifts, a diet, an argument, paying for everything, the gym (wave 10).
GRIND = (
    r"(?: (?:(?:this|that|the|my|these|those|his|her) )?(?:\w+ )?(?:job|work|commute|shifts?|rota|hours|diet|course|degree"
    r"|routine|school run|drive|argument|row|budget|project|renovation|move|overtime|training)\b"
    r"| (?:working|paying|covering|commuting|studying|doing (?:all|everything|the|his) \w+|cooking (?:for|every)|arguing about)\b"
    r"| (?:going )?to (?:the (?:gym|office|pub|shops)|work|school|uni|college)\b"
    r"| (?:(?:like )?this )?with (?:this|the|my|these) (?:\w+ )?(?:job|diet|course|training|commute|project|work|shifts?|hours|feeds|nappies|teething)\b"
    r"| on my own with the (?:baby|kids|house|twins)\b)"
)
# A threat said in jest over a trifle (wave 15, helper rf): what I spent, the team I cheer for, one more thing
# for a hobby brought home ("he'd kill me if he knew what I paid", "she'll bury me if I buy another rod").
TRIFLE_IF = (
    r"(?: if (?:he|i) (?:knew|knows|found out|finds out|saw|sees|heard) (?:how much|what) i (?:spent|spend|paid|pay)\b"
    r"| if i (?:cheered|cheer|supported|support|rooted|root|voted|vote) for\b"
    r"| if i (?:bring|brought|buy|bought|order|ordered|get)(?: home)? (?:one more|another|any more)\b)"
)
# Dozens of texts a day, but memes and pictures of the dog (wave 15, helper rf): read after the count.
JUST_FUN = (
    r"(?!(?: \w+){0,5}? but (?:it is|they are|it is all|they are all|all) (?:memes|jokes|videos|tiktoks|reels|gifs"
    r"|funny|silly|cute|pictures of|photos of|dog|cat|puppy|baby)\b)"
)
# A location app kept for my health ("so my daughter can see where I am, because of my heart"; wave 15, helper rf).
FOR_MY_HEALTH = (
    r"(?!(?: \w+){0,12}? because of my (?:heart|health|dementia|memory|falls?|diabetes|epilepsy|seizures|condition"
    r"|balance|eyesight)\b)"
)
# "I wanted to shoot myself, it was that boring": boredom (wave 15, helper rf). Read after "myself".
BORED = r"(?! it (?:was|is) (?:that |so )?(?:boring|dull|tedious)\b| (?:from|out of|with) boredom\b)"
# An abuse long over: "he was violent, but that was years ago" (wave 15, helper rf). Read after the word.
LONG_OVER = r"(?! but (?:that|it) was (?:\w+ ){0,2}?(?:years|ages|decades|a long time|a lifetime) ago\b)"
# Someone else went to the refuge: a friend, a sister, a client (wave 15, helper rf). Read before the verb.
SOMEONE_ELSE = r"(?<!friend )(?<!friends )(?<!sister )(?<!cousin )(?<!colleague )(?<!neighbor )(?<!auntie )(?<!client )"
# Wave 16 (helper rf): everyday talk of unseen hands zd, ze and zf the rules heard as danger, by family.
# The surprise itself is hiding: "the birthday cake is hiding at the neighbour's". Read before the verb.
A_SURPRISE_IS = r"(?<!cake is )(?<!gift is )(?<!present is )(?<!presents are )(?<!gifts are )(?<!surprise is )"
# A little one or a pet did it (read before the verb), unless someone set the animal on the child.
BY_A_LITTLE_ONE = (
    r"(?:(?<!dog )(?<!dogs )(?<!cat )(?<!cats )(?<!puppy )(?<!kitten )(?<!pony )(?<!horse )(?<!goat )(?<!goose )"
    r"(?<!toddler )(?<!baby )(?<!twins )(?<!little one )(?<!wee one )(?<!year old )(?<!wind )"
    r"(?<!my eldest )(?<!my oldest )(?<!my youngest )(?<!my middle one )"
    r"|(?=(?:\w+ ){1,14}?(?:set|sets|setting|sicced|sics|sic|sent|urged|ordered|told|trained) (?:it|the dogs?|him|her|them) (?:on|onto|at|to attack|to bite|to go for)\b))"
)
# Consent said by the speaker ("because I asked her to", "we both agreed", "it was my idea"), and help for
# my eyes ("he reads my messages out to me because I can't see the screen"). Read after the object.
I_ASKED = (
    r"(?!(?: \w+){0,14}? (?:because |as |since |and )?i (?:asked|wanted|begged) (?:him|her|he|them) to(?= (?:and|but|so|because|it|which|he|we|i)\b|$)"
    r"|(?: \w+){0,14}? (?:we (?:both )?(?:agreed|decided|chose)|(?:it is|it was|that is|that was) (?:all |honestly |actually )?my idea)\b"
    r"|(?: \w+){0,8}? (?:because|as|since) (?:i (?:can not|could not|struggle to) (?:see|read)|my (?:eyes|eyesight)|i am (?:blind|dyslexic|partially sighted|visually impaired))\b)"
)
# Followed online by the partner who likes every post, not tracked ("follows me everywhere on instagram and likes
# every picture"), unless after a block or from a fake account. Read after "follows me everywhere".
LIKES_MY_POSTS = (
    r"(?!(?: everywhere| all over)? on (?:social media|socials|instagram|insta|ig|facebook|fb|tiktok|twitter|snapchat|snap|strava|youtube|linkedin)\b"
    r"(?=(?: \w+){0,6}? (?:lik\w*|comment\w*|heart\w*|shar\w*|repost\w*|retweet\w*)\b)"
    r"(?!(?: \w+){0,14}? (?:(?:fake|burner|new|secret|second|another) (?:account|accounts|profile|profiles)|block\w*)\b))"
)
# A knife chore: "she sharpened all the kitchen knives and reorganised the drawer". Read after the weapon.
KNIFE_CHORE = (
    r"(?! (?:out )?to (?:open|slice|peel|chop|carve|spread|butter|prise|pry|scrape|whittle|trim) (?:\w+ )?(?:boxes|box|parcels?|packages?|tins?|cans?|jars?|bread|cake|veg|vegetables|onions?|apples?|fruit|meat|paint|wood|post|letters?|envelopes?|tape|plastic|it|them|the \w+)\b)"
    r"(?! and (?:re ?organi[sz]\w*|tidied|tidy|sort\w*|clean\w*|wip\w*|scrub\w*|descal\w*|defrost\w*|wash\w*|oil\w*) (?:out |down |up )?"
    r"(?:all )?(?:the|our|my|his|her) (?:\w+ )?(?:drawers?|cupboards?|kitchen|oven|fridge|freezer|cutlery|pantry|worktops?|counters?|knife block|block|shelves|utensils|chopping boards?|pans|pots)\b)"
)
# Medicine kept where I will remember it ("he keeps my insulin in the fridge door so I don't forget"). Read after the medicine.
SO_I_REMEMBER = r"(?!(?: \w+){0,8}? (?:(?:so )?i (?:do not|will not|never) (?:forget|run out)|so i (?:remember|can find|can reach)|to keep (?:it|them) cold|for (?:the|my|our) (?:holiday|holidays|trip|journey|flight|travels)|(?:when|while) (?:we are|i am|we were|i was) on (?:holiday|holidays|leave))\b)"
# A reason of work or insurance for not driving his van ("it's a work vehicle and I'm not on the insurance"). Read after "drive".
NOT_INSURED = (
    r"(?! (?:his|her|the|their) (?:\w+ ){0,2}?(?:van|truck|ute|lorry|tractor|car|motorbike|bike|pickup)\b(?: \w+){0,12}? "
    r"(?:insurance|insured|work vehicle|company (?:car|van|vehicle)|works? van|licen[cs]e|provisional|learner|l plates|boss"
    # a plain reason of the vehicle itself (wave 20, helper zp): "it's a manual and I never learned on one"
    r"|manual|automatic|stick shift|clutch|gearbox|classic|vintage|pride and joy)\b)"
)
# A threat in jest by the speaker, at his things: "I threatened to throw his xbox out the window". Read at "threaten".
MY_JOKE_THREAT = (
    r"(?!threaten\w* to disown (?:me|us|him|her|them)\b)"
    r"(?!(?<=\bi )threaten\w* to (?:throw|chuck|bin|smash|sell|hide|unplug|confiscate|give away|break|cancel|cut up|flush|put|ban) "
    r"(?:his|her|their|the|my) (?:\w+ )?(?:xbox|playstation|ps5|ps4|switch|phone|ipad|tablet|laptop|console|controller|remote|tv|telly|golf clubs|fishing rods?|guitar"
    r"|drum kit|drums|games?|football boots|boots|trainers|shoes|socks|plants?|sofa|recliner|chair|bike|motorbike|computer|pc|gaming chair|headset|subscription|netflix)\b)"
)
# Running off with a tradesman if he doesn't fix the boiler: a joke. Read after "run off".
RUN_OFF_IF = (
    r"(?! with (?:the|a|some|his|her|our) (?:\w+ ){0,2}?(?:man|men|woman|guy|bloke|milkman|postman|plumber|gardener|window cleaner|pool boy|neighbor"
    r"|barista|personal trainer|fireman|firefighter|electrician|builder|delivery driver|vicar|tennis coach|chef|lodger|mechanic)\b(?: \w+){0,3}? if\b)"
)
# Locked in the car or the loo for five minutes' peace from the kids, with no word of him. Read after "locked myself in".
FOR_SOME_PEACE = (
    r"(?! (?:the |my )?(?:car|bathroom|toilet|loo|shed|office|study|pantry|garage|utility room|bedroom)\b"
    r"(?=(?: \w+){0,10}? (?:in peace|peace and quiet|some peace|a bit of peace|from the (?:kids|children|toddlers?|twins|baby)"
    r"|to (?:eat|have|drink|finish|scoff) (?:a|my|some|the) (?:biscuit|biscuits|chocolate|snack|coffee|tea|cuppa|sandwich|lunch|crisps|cake|bar))\b)"
    r"(?!(?: \w+){0,14}? (?:he|him|his)\b))"
)

# Blanks of the same wave: hurt feelings, an accident in the kitchen, a pet hiding, something soft thrown in fun,
# keys taken to drive me home, money gone through together, the police called on a neighbours' party (not on him),
# a feeling that sits on me.
IDIOMS = (
    *IDIOMS,
    r"\bhurt me (?:more |most |so much |much |a lot |deeply |badly |really )?(?:by (?!(?:punch|kick|hit|push|shov|slap|chok|grab|pull|throw|throttl|strangl|beat|burn|bit|stab|cut|pin|drag|twist|squeez|hold|sit|kneel|slam|shak|smack|whack|thump|spit|strik|attack|touch|forc|lock|trip|yank|sho|post|shar|send|sent|leak|spread|film|record|photo)\w*)\w+ing"
    r"|when (?:you|he) (?:told\b(?! me to\b)|said (?:that|those|what|i was|i am|my|our)\b|laughed|forgot|ignored|lied|sided|joked|mocked|compared|cancelled|canceled|chose|picked|brought up|took (?:his|her|your) (?:\w+ )?side|called me (?:a|an|fat|stupid|useless|lazy|names)))\b",
    r"\b(?:cut|nicked|sliced|grated|burnt|burned|scalded) myself (?:\w+ ){0,3}?(?:on|with|using) (?:the |a |my |his |her |our |that |this )?(?:new |sharp |old |stupid |bloody )?"
    r"(?:mandoline|mandolin|cheese grater|grater|potato peeler|vegetable peeler|peeler|tin lid|can lid|tin opener|can opener|food processor|blender|spiraliser|spiralizer|slicer"
    r"|bread knife|kitchen knife|carving knife|vegetable knife|paring knife|knife|kitchen scissors|oven door|oven tray|baking tray|roasting tin|oven|frying pan|pan|kettle|hob|toaster|iron|broken glass|glass)\b"
    r"(?=(?: \w+){0,6}? (?:slicing|chopping|peeling|dicing|grating|cooking|carving|prepping|opening|making (?:dinner|tea|lunch|breakfast|the)|doing the|washing up|emptying|unloading|baking|it bled|a nick|a wee nick|a small cut|by accident|accidentally|plaster)\b)"
    r"(?!(?: \w+){0,12}? (?:on purpose|deliberately|again|to feel|to cope|because i (?:wanted|needed|deserved|hate)))",
    # after a pet's name; a space looked for first (the blank is tried at every letter of its window, and
    # most letters follow no space: there one look, not ten)
    r"(?<= )(?:(?<=\bcat )|(?<=\bcats )|(?<=\bdog )|(?<=\bdogs )|(?<=\bkitten )|(?<=\bpuppy )|(?<=\brabbit )|(?<=\bhamster )|(?<=\bpets )|(?<=\bpet ))"
    r"(?:(?!i\b|we\b|me\b|us\b|kids\b|children\b)\w+ ){0,10}?hiding (?:under|behind|in|inside) (?:the |a |my |our )?(?:\w+ )?"
    r"(?:bed|beds|sofa|couch|wardrobe|cupboard|shed|bushes|hedge|duvet|covers|table|airing cupboard|basket|box|garage)\b(?!(?: \w+){0,4}? (?:from|because|since|after|when|while|as) (?:he|him|his)\b)",
    r"\b(?:threw|throws|chucked|lobbed|tossed|flung|flicked)\b (?:a |the |his |her |some |my |an )?(?:wet |damp |dirty |rolled up )?"
    r"(?:tea towel|dish ?cloth|towel|flannel|sock|socks|oven glove|sponge|cushion|pillow|teddy|napkin|serviette|paper ball|grapes?|crisps?|popcorn|sweets?|jelly babies|marshmallows?)\b"
    r"(?: \w+){0,2}? at me\b(?=(?: \w+){0,8}? (?:(?<!not )(?<!never )funny|hilarious|joke|joking|laugh\w*(?! at me)|giggl\w*|for fun|in fun|messing about|messing around|playfully|play fight\w*)\b)",
    r"\b(?:took|takes|take|taken|grabbed|confiscated|had) (?:my|the) (?:car )?keys (?:off|from|away from) me\b"
    r"(?=(?: \w+){0,10}? (?:drove|drive|drives|driving) (?:us|me) home\b|(?: \w+){0,16}? (?:i am|i was) glad (?:he|she) did\b)",
    r"\bwe\b(?: (?!he\b|him\b)\w+){0,4}? (?:check\w*|go\w* through|went through|look\w* (?:at|through)|sort\w*|read\w*|add\w* up|tot\w* up) (?:the|our|my|all the|all our|every|each) (?:single )?"
    r"(?:receipts?|bank statements?|statements?|bills?|spending|accounts?|finances)\b(?: \w+){0,2}? together\b"
    r"(?!(?: \w+){0,8}? (?:he|she) (?:shouts|screams|yells|makes me|grills|questions|interrogates|demands|goes mad|kicks off|rants|loses it)\b)",
    r"\b(?:police|cops|guards|gardai)\b on (?:the |our |a )?(?:(?:next door |downstairs |upstairs )?neighbors?|next doors?|people next door|students next door|house next door)\b"
    r"(?: \w+){0,3}? (?:party|parties|noise|music|barking|dogs?|fireworks|rave|bbq|barbecue|racket)\b",
    r"\b(?:guilt|grief|sadness|weight of it|worry|loss|shame|regret|stress|loneliness|anxiety|depression|dread)\b(?: \w+)? (?:sits|sat|weighs|weighed|presses|pressed) on me\b",
)
# "I'm never scared of him, he's a big softie" (unless it changed: "until last night", "but now", "when he drinks").
NEGATIONS = (
    *NEGATIONS,
    r"\bnever (?:been |felt |feel |get |got |once )?(?:scared|afraid|frightened|terrified) of (?:him|her|he)\b"
    r"(?! (?:before|until|till|then|but|now|anymore|any more|unless|except|if|since|like (?:this|that|now)|as much|this much)\b"
    r"| (?:when|whenever)\b(?! we (?:row\w*|argu\w*|fight|fought|bicker\w*|disagree\w*|fall out|fell out|had words|have words)\b))",
)
# Wave 17 (helper rf): everyday talk of unseen hands zg, zh and zi the rules alone heard as danger, by family.
# Someone else's story: a case on the news, a film or a friend's sister ("a woman who was stalked by her ex"),
# unless it is likened to what happens to me. Blanked.
OTHERS_STORY = (
    r"\b(?:news|story|stories|case|article|documentary|podcast|programme|program|show|film|movie|book|novel|paper|report|trial|headline|episode)\b"
    r"(?: \w+){0,4}? about (?:a|an|the|this|that|some) (?:\w+ ){0,2}?(?:woman|women|man|men|girl|boy|lady|guy|couple|family|mother|mom|dad|father"
    r"|teenager|student|celebrity|singer|actor|actress|footballer|nurse|wife|husband|influencer|pensioner|widow)\b (?:who|that) "
    r"(?:was|were|had been|got|is being|has been|is) (?:\w+ ){0,2}?(?:stalked|abused|attacked|beaten|murdered|killed|strangled|raped|assaulted|threatened"
    r"|followed|tracked|harassed|controlled|hit|stabbed|shot|held hostage|kidnapped)\b(?: by (?:her|his|their|a|an|the) (?:\w+ )?\w+\b)?"
    r"(?!(?: \w+){0,12}? (?:same|exactly|(?:like|is|was|sounds|sounded) (?:him|mine|us|my (?:life|story|marriage|ex))|to me|happening to me|what he|he does|he did|he is doing|he has been)\b)"
)
# A spoiler, a surprise or someone's news told too soon: "she'd strangle me if I told anyone her news" (joined to TRIFLE_IF).
_HER_NEWS = (
    r" (?:anyone |anybody |everyone |everybody |people |the (?:kids|family|group) )?(?:about )?(?:her|his|their|our|the|my) (?:\w+ )?"
    r"(?:news|surprise|ending|spoilers?|result|results|score|engagement|pregnancy|gender reveal|present|presents|plans|party)\b"
)
TOLD_HER_NEWS = (
    rf"| if i (?:told|tell|spoil\w*|ruin\w*|gave away|give away|let slip|leak\w*|blab\w*|mention\w*){_HER_NEWS}"
)
# A tracker or camera we or I set up for the family's sake: on my dad's car because he forgets, a camera to watch the
# dog or the baby (unless it looks at me). Read after the thing, or blanked.
FOR_THE_FAMILY = (
    r"\b(?:i|we) (?:\w+ )?(?:put|stuck|slipped|popped|fitted|attached|added|got|bought|set up|installed) (?:an? |the |one of those |some )?"
    r"(?:airtags?|air tags?|tiles?|trackers?|gps trackers?|tracking devices?|gps)\b(?: \w+)? (?:on|in|into|to|for) (?:my|our) "
    r"(?:dads?|moms?|mums?|mothers?|fathers?|nans?|nanas?|grans?|grannys?|grandads?|grandmas?|grandpas?|parents|sons?|daughters?|kids?|childs?|grandsons?|granddaughters?)\b"
)
PET_CAM = (
    r"(?!(?: \w+){0,6}? (?:watch|see|check on|keep an eye on|look in on|talk to|check) (?:the|our|my) (?:dogs?|cats?|puppy|puppies|kittens?|pets?|parrot|rabbit|hamster"
    r"|baby|babies|toddler|twins|kids|children|nan|gran)\b(?!(?: \w+){0,10}? (?:me|my|i)\b))"
)
# A tracker tag, tile or sticker on his own keys, bag or bike ("one of those tracker tags on his keys"). Read after the word.
TAG_ON_HIS_OWN = (
    r"(?!(?: (?:tags?|tiles?|things?|stickers?|fobs?|discs?|cards?))? (?:on|in) (?:her|his|its|the|their|our) (?:\w+ )?"
    r"(?:collar|keys|keyring|key ring|luggage|suitcase|bike|harness|wallet|golf bag|golf clubs|remote)\b)"
)
# My own phone checked, my own passwords changed: said by the speaker ("I kept checking my phone all night in case
# my son rang"), with no word of him after. Read before the verb.
_BY_ME = (
    r"(?<=\bi kept )|(?<=\bi keep )|(?<=\bi was )|(?<=\bi am )|(?<=\bi have been )|(?<=\bi had been )|(?<=\bi kept on )|(?<=\bi keep on )"
    r"|(?<=\bi then )|(?<=\bi finally )|(?<=\bi have )|(?<=\bi had )|(?<=\bi have finally )"
    r"|(?<=\bi )|(?<=\bwe )|(?<=\bwe have )|(?<=\bwe finally )"
)
I_DID_IT = rf"(?!{_BY_ME})"
I_CHANGED_MINE = rf"(?!(?:{_BY_ME})(?!\w+(?: \w+){{0,12}}? (?:he|him|his)\b))"
# Medicine kept out of the children's reach, counted to reorder, or a day's dose asked for an ache. Read after the medicine.
OUT_OF_REACH = (
    r"(?!(?: \w+){0,8}? (?:away from|out of reach of|out of the reach of|out of reach from) (?:the |my |our )?"
    r"(?:kids|children|baby|toddler|toddlers|twins|grandkids|grandchildren|dogs?|cats?|puppy|little ones?)\b)"
    # locked up because of a child: "in a locked box cos the toddler can open anything"
    r"(?!(?: \w+){0,3}? (?:in (?:a|the) (?:locked|lock) (?:box|cupboard|cabinet|drawer|tin|case)|locked (?:away|up)|up high)"
    r"(?: \w+){0,2}? (?:because|as|since|so) (?:the|my|our) (?:kids|children|baby|toddler|toddlers|twins|grandkids|little ones?)\b)"
)
DAYS_DOSE = (
    r"(?!(?: \w+){0,6}? (?:in a day|a day|per day|each day|every day|in 24 hours|in twenty four hours|daily)\b"
    r"|(?: \w+){0,8}? for (?:my|a|the|his|her|our|the kids|a bad) (?:\w+ )?(?:toothache|headache|migraine|period|cramps|back|backache|cold|flu|fever|temperature|sore throat|pain|knee|hip|teeth|tooth)\b)"
)
# An accident at home by my own hand: burnt on the iron, scalded by a kettle, the bread knife "because of course I did".
# Blanked (the words before it are still read).
MY_OWN_ACCIDENT = (
    r"\bi (?:(?:(?!he\b|him\b|she\b)\w+ ){1,8}?and (?:then )?)?(?:burnt|burned|scalded|cut|nicked|trapped|caught|banged|stubbed) my (?:own )?"
    r"(?:hand|finger|fingers|thumb|arm|wrist|tongue|lip|toe|toes|foot|knee|shin|elbow|ankle)\b(?: \w+){0,2}? (?:on|in|against) "
    r"(?:(?:the|a|an|my|that|his|our) (?:\w+ )?(?:oven|stove|hob|kettle|kettles|iron|pan|tray|grill|bbq|barbecue|toaster|radiator|steam|straighteners"
    r"|curling tongs|glue gun|door|drawer|oven door|car door)|one|it)\b"
    r"(?!(?: \w+){0,10}? (?:on purpose|deliberately|to feel|to cope|because he|when he|he (?:pushed|shoved|held|made|grabbed)))"
)
CLUMSY_ME = (
    r"\b(?:cut|nicked|sliced|burnt|burned|scalded) myself (?:on|with) (?:the|a|my|that|this|his|our) (?:\w+ )?"
    r"(?:knife|knives|grater|peeler|mandolin|mandoline|blade|tin|can|kettle|iron|oven|pan|tray|scissors|glass)\b"
    r"(?=(?: \w+){0,4}? (?:because of course|of course i did|typical|classic|as usual|clumsy|an idiot|a numpty|an eejit|butter ?fingers|ouch|oops|not my finest))"
    r"(?!(?: \w+){0,12}? (?:on purpose|deliberately|again|to feel|to cope))"
)
# A wet towel flung back in a joke: the soft thing named first, then "threw one at me". Blanked.
SOFT_ONE = (
    r"\b(?:tea towels?|towels?|socks?|cushions?|pillows?|flannels?|sponges?|napkins?|teddies|grapes|crisps|popcorn|sweets|marshmallows)\b(?: [\w~]+){0,20}? "
    r"(?:he |she )?(?:then )?(?:laughed and |giggled and )?(?:threw|chucked|lobbed|tossed|flung|flicked) (?:one|a wet one|some|a couple) (?:back )?at me\b"
)
# Decluttering: an old cleaver thrown out with the peelers (unless he held it at me). Blanked.
THROWN_OUT = (
    r"\b(?:threw out|thrown out|throwing out|threw away|thrown away|throwing away|got rid of|getting rid of|cleared out|binned|donated|gave away|decluttered)\b"
    r"(?: \w+){0,10}? (?:a |an |the |his |her |my |our |old )?(?:\w+ ){0,2}?(?:meat cleaver|cleaver|pocket knife)\b"
    r"(?!(?: \w+){0,10}? (?:he|him)\b(?: \w+){0,3}? (?:threaten\w*|wav\w*|point\w*|held|hold\w*|came at|chased|used|swung|pulled))"
)
# A feeling that hits me: grief, a loss, a realisation ("he died in March and it still hits me"). Blanked.
IT_HITS_ME = (
    r"\b(?:it|that|this|grief|the grief|the loss|missing (?:him|her)) (?:still |suddenly |properly |only |all |then |now )+(?:hits|hit) me\b"
    r"|\b(?:it|that|this) (?:\w+ )?(?:hits|hit) me (?:that|how|what|when|out of nowhere|in waves|at odd times|hard)\b(?! (?:he|him)\b)"
)
# "I don't think he'd ever hurt me": doubt said as a denial (unless again, on purpose, until, anymore). Blanked.
DOUBT_DENIAL = (
    r"\bi do not (?:think|believe|reckon|imagine) (?:he|she)(?: would| could| will| is going to)? (?:ever )?"
    r"(?:hurt|harm|hit|lay a finger on|lay a hand on|raise a hand to) (?:me|us|the kids|the children)\b"
    r"(?! (?:again|anymore|any more|on purpose|deliberately|intentionally|until|unless|if|now|this time)\b)"
)
# Fleeing heard in a pet running off after a squirrel, or the shop that "had run out". Read before the verb.
NOT_MY_RUNNING = (
    r"(?!(?:(?<=\bhe )|(?<=\bit )|(?<=\bhe is )|(?<=\bit is )|(?<=\bhe was )|(?<=\bhe keeps )|(?<=\bit keeps ))"
    r"(?:ran|run|running|runs) off\b(?: with (?:it|the|a|his|her|my|our|a whole) (?:\w+ ){0,2}?(?:ball|bone|sock|socks|toy|stick|chicken|sausage|sandwich|food|shoe|slipper|glove|remote|tea towel|lead)\b"
    r"| in(?:to)? the (?:woods|park|field|fields|forest|bushes|garden|trees)\b| after (?:a|the|some) (?:squirrels?|cats?|rabbits?|deer|birds?|ball|fox|sheep|ducks?|pigeons?)\b|(?: \w+){0,4}? wagging\b)"
    r"|(?:(?<=\bit )|(?<=\bhe would )|(?<=\bit would )|(?<=\bhe had )|(?<=\bit had )|(?<=\bit has ))(?:ran|run) out\b)"
)
# "I thought I was going to die, but I did the whole five k": a hard run or climb I finished. Read at "going".
I_MADE_IT = (
    r"(?!(?:(?<=\bthought i was )|(?<=\bfelt like i was )|(?<=\bsure i was )|(?<=\bthought we were ))going to die(?: \w+){0,3}? (?:but|and) (?:i|we) "
    r"(?:did|finished|made it|survived|kept going|got through|loved|completed|managed|ran|got to|carried on)\b)"
)
# Words of work, money and rules said of a boss or a landlord: "my boss threatened to cut our bonuses". Read at "threaten".
WORK_THREAT = (
    r"(?!(?:(?<=\bboss )|(?<=\bmanager )|(?<=\blandlord )|(?<=\blandlady )|(?<=\bemployer )|(?<=\bcompany )|(?<=\bsupervisor )|(?<=\bcouncil )"
    r"|(?<=\bbank )|(?<=\bschool )|(?<=\bteacher )|(?<=\bcoach )|(?<=\bbosses ))threaten\w* to (?:cut|dock|stop|freeze|withhold|scrap|cancel|fire|sack|evict|fine"
    r"|charge|ban|bill|report|close|shut|reduce|take away|put up|put (?:the |our |my )?(?:rent|prices?|fees?|charges?) up|raise|increase|expel|suspend|exclude|drop|bench|kick (?:us|everyone|them))\b)"
)
# My car keys borrowed because his own car was off the road; not letting me drive his car since I dented it.
HIS_CAR_DOWN = r"(?! (?:because|as|since|while|when) (?:his|her|their) (?:own )?(?:car|van|truck|ute|bike|motorbike|pickup)\b (?:was|is|had|has|broke|got|would not|will not|needed|failed|went)\b)"
I_DENTED_IT = (
    r"(?! (?:it|his (?:\w+ )?(?:car|van|truck|ute|motorbike|bike|pickup)|the (?:\w+ )?(?:car|van|truck|ute|motorbike|pickup))\b(?: \w+){0,4}? "
    r"(?:because|since|after|as|ever since|but (?:that is|it is|that was) (?:fair|fair enough|my fault|on me)) i (?:scratched|dented|crashed|pranged|scraped|bumped|reversed|backed|hit|broke|damaged|stalled|wrote off|clipped|kerbed|curbed)\b)"
)
# I sat outside, or got a parking ticket outside: the speaker waits, not he. Read at the verb.
I_WAITED = (
    r"(?<!\bi )(?<!\bi was )(?<!\bi am )(?<!\bwe )(?<!\bwe were )(?<!\bwe are )(?<!\bi have been )(?<!\bi had been )(?<!\bi ended up )"
    r"(?!parking (?:ticket|tickets|fine|fines|space|spot|meter|warden|charge|bay|permit)\b)"
)
# Frightened of wasps or a puppy's mishap, not of a person. Read after the fear word.
NOT_OF_A_PERSON = (
    r"(?! of (?:the )?(?:wasps?|bees?|insects|bugs|mice|rats?|moths?|birds|horses|cows|water|the sea|deep water|lifts|elevators|driving|motorways|thunder|storms|hospitals"
    r"|blood|germs|vomit|being sick|the vet|crowds|the ocean|sharks|bats|heights|spiders|flying|needles|snakes|the dark|clowns|public speaking)\b"
    r"| (?:that )?(?:he|it|the \w+) (?:would|had|might|was going to|could)(?: have)? (?:\w+ )?(?:electrocuted|swallowed|eaten|chewed|fallen|fell|drowned|got lost|been hit|poisoned|choked on|escaped|run off|broken (?:his|her|its) (?:leg|neck|paw|tail))\b)"
)
# A number for a friend, a colleague, a cousin, said after the service's name ("a women's refuge charity for a friend").
FOR_A_FRIEND = r"(?!(?: \w+){0,2}? for (?:my|a|her|his|our) (?:\w+ )?(?:friend|mate|colleague|neighbor|client|patient|student|cousin|sister|brother|aunt|auntie)\b)(?!(?: \w+){0,6}? (?:asked|wanted it|needed it) for (?:her|his|a|their) (?:friend|mate|colleague|sister|neighbor|cousin)\b)"
# The police called by someone else on her own ex: a friend's sister, years ago.
ON_HER_EX = r"(?! on (?:her|their) (?:\w+ )?(?:ex|exes|husband|boyfriend|partner|wife|girlfriend|fiance|fiancee)\b)"
# A bill, a fine or a virus that hit me ("I got hit with a massive bill"): read after the blow.
HIT_WITH_A_BILL = r"(?! (?:by|with) (?:a|an|the) (?:\w+ ){0,2}?(?:bill|bills|fine|charge|fee|tax|virus|bug|flu|cold|rates?|costs?|price|news|invoice|parking ticket|ticket|wave|rent rise|heatwave)\b)"
# A kid did it by accident to the dog ("my friend's little boy kicked their dog by accident"). Read at the verb.
KID_BY_ACCIDENT = (
    r"(?<!accidentally )(?!(?:(?<=\bboy )|(?<=\bgirl )|(?<=\bson )|(?<=\bdaughter )|(?<=\bkid )|(?<=\bkids )|(?<=\bgrandson )|(?<=\bgranddaughter )|(?<=\bnephew )"
    r"|(?<=\bniece )|(?<=\bone )|(?<=\btoddler )|(?<=\bbaby ))\w+(?: \w+){1,6}? (?:by accident|by mistake|accidentally)\b)"
)
# "He told everyone I fell asleep": a fall that is not one. Read after "fell".
NOT_A_FALL = r"(?!(?<=fell) (?:asleep|in love|for\b|out with|behind|through|pregnant|apart|off the wagon))"
# "I wanted to gouge my eyes out, the film was that bad": my own eyes, in boredom. Blanked.
GOUGE_MY_EYES = (
    r"\b(?:i|made me|makes me)(?: \w+){0,2}? (?:want\w*|could (?:have )?|nearly|almost|was ready to|tempted to)(?: to)? (?:gouge|claw|scratch|poke|pluck|rip|tear) "
    r"(?:my )?(?:own )?(?:eyes|ears|eyeballs) out\b"
)
# Wave 19 (helper fq): everyday talk the rules alone heard as danger, by family.
# A protection order that has ended ("the restraining order expired last year"), with no word of him, of fear or of
# a breach after it. Read after the order's name.
ORDER_ENDED = (
    r"(?! (?:(?:was|were|got|has been|had been|is now|has|had) )?(?:(?:finally|just|already|officially|eventually) )?"
    r"(?:lifted|ended|expired|discharged|dropped|withdrawn|revoked|cancelled|canceled|lapsed|set aside)\b"
    r"(?!(?: \w+){0,12}? (?:he|she|him|her|they|them|again|back|still|but|scared|afraid|frightened|breach\w*)\b))"
)
# "Molestation" inside the legal name of an order ("a non molestation order"): the order, not the abuse (the order
# itself is still heard by the help rule). Read at the word.
ORDER_NAME = r"(?<!\bnon )(?!molestation (?:orders?|injunctions?)\b)"
# Said no to a film or a takeaway and he kept going on about it: talk, not her body, unless sex, bed or giving in
# follows. Read after "kept going".
ON_ABOUT_IT = (
    r"(?!(?: on(?: and on)?)? about\b(?!(?: \w+){0,8}? (?:sex|bed|sleeping with|sleep with|threesome|until i|till i"
    r"|so i gave in|i gave in|i let (?:him|her))\b))"
)
# Dreading his drive home in the snow, the fog or the traffic: fear for him on the roads, unless drink, his mood
# or his temper follows. Read after the word dreaded.
ON_THE_ROADS = (
    r"(?!(?: \w+){0,4}? (?:in|on|through|with|because of) (?:the |this |that |these |those |all (?:the|this|that) )?(?:\w+ ){0,2}?"
    r"(?:snow|ice|fog|storm|storms|rain|sleet|hail|floods?|flooding|gales?|wind|winds|weather|traffic|roads|motorway|roadworks)\b"
    r"(?!(?: \w+){0,10}? (?:drunk|mood|temper|angry|furious|rage|kick\w* off|shout\w*|hit\w*|wasted|take it out)\b))"
)
# A tracker of my own: one I put there myself, one that is mine, one for my own keys or bag, with no word of him,
# of tracking or of following after it. Blanked.
MY_OWN_TAG = (
    r"(?:\b(?:i|we) (?:(?:would|had|have|just|already|actually) )?(?:put|stuck|slipped|popped|attached|clipped|fitted|tucked|set up|installed)\b"
    r" (?:an? |the |that |this |my |our |one |those |these )?(?:airtags?|air tags?|tiles?|tile trackers?|trackers?|gps trackers?|tracking devices?)\b"
    r"(?: (?:there|in there|on there|in it|on it|on them|in them|in|on))? (?:myself|ourselves)\b"
    r"|\b(?:airtags?|air tags?|tile trackers?|trackers?|gps trackers?)\b (?:is|was|are|were) (?:all )?(?:mine|ours)\b"
    r"|\b(?:the|that|this) (?:airtags?|air tags?|tile trackers?|trackers?|gps trackers?)\b (?:in|on|under) (?:the|my|our) (?:\w+ )?\w+ (?:is|was|are|were) (?:mine|ours)\b"
    r"|\b(?:airtags?|air tags?|tiles?|tile trackers?|trackers?|gps trackers?)\b(?: (?:there|in there|on there))? for my (?:own )?"
    r"(?:keys|car keys|house keys|key ring|keyring|bag|handbag|purse|wallet|luggage|suitcase|bike|camera|backpack|rucksack)\b)"
    r"(?!(?: \w+){0,10}? (?:he|she|track\w*|knows where|follow\w*|turn\w* up|show\w* up)\b)"
)
# Wave 19 (helper ro): everyday talk the rules alone heard as danger, by family.
# A helpline for tablets, an appliance, a bill or the council ("the number for the medicines helpline about his
# new tablets"), with no word of him, of harm or of fear after it. Read at the words after "number for".
SERVICE_LINE = (
    r"(?!(?:a |the |their |our |his |her |my )?(?:\w+ )?(?:medicines?|medication|tablets?|pills|pharmacy|chemist|prescriptions?|nhs|gp|surgery|dental"
    r"|dentist|vaccine|vaccination|covid|diabetes|asthma|hearing aid|eye clinic|appliances?|boiler|washing machine|dishwasher|fridge|freezer|cooker"
    r"|oven|heating|plumbing|gas|electric|electricity|energy|water|broadband|internet|wifi|phone|mobile|tv|council|council tax|tax|benefits|pensions?"
    r"|bank|banking|card|fraud|insurance|warranty|customer|customer service|customer services|repairs?|housing repairs|bins?|recycling|parking"
    r"|rail|train|airline|passport|dvla|tech|technical|software|computer|laptop|printer) (?:help line|helpline|hotline|line|desk)\b"
    r"(?!(?: \w+){0,8}? (?:he|she|they|abus\w*|domestic|violen\w*|scared|afraid|frightened|unsafe|safety|refuge|hurt\w*|hit\w*|kill\w*|suicid\w*|die)\b))"
)
# Threatening to ring the complaints line, the ombudsman or the papers about the builders or the bank: a grumble
# at a firm, not a threat to me, unless I, my children or "on me" follow. Read at "threaten".
AT_A_FIRM = (
    r"(?!threaten\w* to (?:ring|call|phone|email|write to|contact|go to|complain to|complain about|report (?:them|it|him|her) to) "
    r"(?:the |their |a |our |his |her )?(?:\w+ )?(?:complaints?|complaints line|complaints department|ombudsman|trading standards|watchdog|papers?"
    r"|newspapers?|local paper|customer services?|head office|regulator|builders?|letting agent|letting agency|estate agent|bank|company|firm"
    r"|shop|store|airline|insurers?|insurance|energy company|broadband|phone company|supplier|plumbers?|garage|restaurant|hotel|takeaway"
    r"|courier|delivery company|manufacturer|retailer|developer|contractor|roofer|electrician|mechanic|gym)\b"
    r"(?!(?: \w+){0,8}? (?:me|i|us|my|mine|the kids|the children|our kids|our children|unfit|social services|police|immigration)\b))"
)
# "She'd ring the police straight away" said of a story: true crime, a film, a thriller, with no word of me or us
# between and none after. Blanked.
IN_A_STORY = (
    r"\b(?:true crime|crime dramas?|crime shows?|crime podcasts?|detective shows?|detective dramas?|murder myster(?:y|ies)|thrillers?|films?"
    r"|movies?|documentar(?:y|ies)|podcasts?|box sets?|series|soaps?|programmes?|shows?|episodes?|novels?|books?)\b"
    r"(?: (?!me\b|my\b|i\b|us\b|our\b|we\b)\w+){0,10}? (?:he|she|they) would (?:have )?(?:just )?(?:\w+ )?(?:ring|rung|call|called|phone|phoned"
    r"|dial|dialled|dialed) (?:the )?(?:police|cops|nine nine nine|nine one one|triple zero|one one two)\b"
    r"(?!(?: \w+){0,8}? (?:me|i|us|my|mine|the kids|the children)\b)"
)
# Wave 20 (helper zp): everyday talk the rules alone heard as danger in the blind hand zp, by family.
# A house rule the speaker sets for a child, a parent or a lodger ("I told my teenager she's not allowed out till
# her homework's done"): I set it, he does not, unless his temper or his word follows. Blanked.
MY_HOUSE_RULE = (
    r"\bi (?:(?:have|had|just|already|always|even) )*(?:told|tell|said to|warned|reminded) (?:my|our|the) (?:\w+ )?(?:teenager|teen|teens|son|sons"
    r"|daughter|daughters|kids|children|boys|girls|eldest|youngest|little one|stepson|stepdaughter|mom|mum|mam|dad|mother|father|nan|gran"
    r"|grandma|grandad|sister|brother|lodger|flatmate|housemate|babysitter|nanny|childminder|cleaner|in laws|mother in law|father in law)\b"
    r" (?:that )?(?:he|she|they) (?:is|are|was|were) not allowed\b"
    r"(?!(?: \w+){0,12}? (?:he|she) (?:would|will|goes|gets|kicks|says|said|does not like|hates|finds out|flips|loses|is jealous)\b)"
)
# A rule of work, a school, a landlord or a tenancy ("my boss said I'm not allowed to work from home on Mondays",
# "not allowed to have guests, according to the tenancy agreement"): said by them, not by him. Blanked.
_RULE_GIVER = (
    r"(?:boss|bosses|manager|managers|management|supervisor|employer|work|office|hr|company|school|teacher|head|headteacher|principal"
    r"|landlord|landlady|letting agent|agency|council|gym|club|airline|hospital|ward|hotel|warehouse|uni|university|college|nursery"
    r"|coach|referee|instructor|consultant|surgeon|doctor|dentist|physio|midwife)"
)
THEIR_RULE = (
    rf"\b{_RULE_GIVER}\b(?: (?!he\b|she\b|him\b|her\b|my\b|too\b|also\b)\w+){{0,4}}? (?:said|says|has said|told (?:me|us|everyone|staff)|tells (?:me|us)"
    r"|emailed|announced|decided|has decided|reckons|apparently|rule is|rules are|policy is)(?: that)? (?:i am|we are|you are|staff are|everyone is"
    r"|nobody is|no one is|i was|we were|you were|they are|tenants are|kids are|children are|pupils are) not allowed\b"
    r"|\b(?:i am|we are|you are|i was|we were|tenants are|staff are|kids are|children are|pupils are) not allowed to(?: \w+){1,10}? "
    r"(?:according to|under|in|by|because of) (?:the|my|our|their) (?:new )?(?:tenancy|lease|contract|agreement|rules|rule book|rulebook|policy"
    r"|handbook|dress code|terms|landlord|landlady|letting agent|management|council|insurance|mortgage|hoa|strata|body corporate"
    r"|residents association)\b(?! (?:he|she)\b)"
)
# My phone or purse minded for me because I had nowhere to put it ("he kept my phone in his pocket at the concert
# because my dress didn't have pockets"). Read after the thing.
NOWHERE_TO_PUT_IT = (
    r"(?!(?: \w+){0,10}? (?:because|as|since|cos) (?:my (?:\w+ )?(?:dress|outfit|skirt|leggings|jeans|trousers|costume|jumpsuit|gown|coat"
    r"|shorts|playsuit|onesie) (?:did not|does not|had no|has no|have no|do not)(?: have)? (?:any )?pockets?|i (?:did not|had no|do not|have no"
    r"|had not)(?: have| bring| take| got)? (?:a |my |any )?(?:bag|handbag|pockets?|purse|clutch|room))\b)"
)
# Said of a boring or endless ordeal: "the queue at the post office was an absolute nightmare, I wanted to die". Blanked.
WANTED_TO_DIE_OF_IT = (
    r"\b(?:queue|queues|traffic|wait|waiting room|meeting|meetings|lecture|sermon|assembly|school play|nativity|call|conference call|zoom|webinar"
    r"|training|hold music|commute|journey|flight|drive|shift|parents evening|presentation|speech|concert|recital|ceremony|exam|interview"
    r"|appointment|queue)\b(?: (?!he\b|him\b|his\b|she\b|her\b)\w+){0,8}? (?:was|is|were) (?:an? |the )?(?:absolute |total |complete |utter "
    r"|actual |proper )?(?:nightmare|hell|torture|agony|endless|painful|awful|dreadful|horrendous|boring|tedious|dull|longest)\b(?: \w+){0,2}? "
    r"i (?:wanted|was going|thought i was going) to die\b(?! (?:because|after|when) (?:of )?(?:what )?(?:he|him)\b)"
)
# A noose round my neck said of a deadline, a debt or a job ("that deadline is like a noose round my neck"). Blanked.
NOOSE_OF_WORK = (
    r"\b(?:deadline|deadlines|mortgage|debt|debts|loan|loans|job|work|exam|exams|bill|bills|contract|tax return|project|thesis|dissertation|rent"
    r"|overdraft|course|degree|wedding|renovation|business|commute|boss|targets?)\b(?: \w+){0,3}? (?:is|was|are|were|feels|felt|has been|have been"
    r"|hangs|hung|hanging) (?:\w+ ){0,2}?(?:noose|millstone) (?:round|around|about|on) (?:my|our|his|her) neck\b"
)
# A child's oath: "cross my heart and hope to die". Blanked.
CROSS_MY_HEART = r"\bcross (?:my|your) heart(?: and)? hope to die\b(?: stick a needle in (?:my|your) eye\b)?"
# "Shoot me now, I've got to do the tax return": hyperbole before a chore, with no word of him or a weapon after. Blanked.
SHOOT_ME_NOW = (
    r"\b(?<!will )(?<!would )(?<!to )(?<!he )(?<!she )(?<!could )(?<!might )(?<!going )(?:shoot|kill) me now\b"
    r"(?= (?:i|we) (?:have|have got|still have|need|got|am going|are going) to\b)(?!(?: \w+){0,12}? (?:he|him|his|she|her|gun|knife|rifle|shotgun)\b)"
)
# A passport, a licence or a visa running out: "mine's expired and the kids' ones run out before Spain". Blanked.
_DOCUMENT = (
    r"(?:passports?|visas?|licen[cs]es?|driving licen[cs]es?|railcards?|bus pass(?:es)?|ehic|ghic|mot|warrant(?:y|ies)|contracts?|memberships?"
    r"|subscriptions?|prescriptions?|permits?|id cards?|residence cards?)"
)
_NOT_A_PERSON = r"(?!i\b|we\b|he\b|she\b|him\b|her\b|us\b|me\b|they\b)"
DOCUMENT_RUNS_OUT = (
    rf"\b{_DOCUMENT}\b(?: {_NOT_A_PERSON}\w+){{0,4}}? (?:expired|expires|expiring|out of date|due|renew\w*)\b(?: {_NOT_A_PERSON}\w+){{0,6}}? "
    r"(?:ran|runs|run|running) out\b"
)
# Jealous, said and then over: "he gets jealous when I go out with the girls but he says so and then he's fine about it",
# unless a condition or a punishment follows. Read before "gets".
JEALOUS_THEN_FINE = (
    r"(?!gets (?:jealous|upset|funny|insecure)\b(?: \w+){0,16}? (?:he|she) (?:is|was|gets) (?:fine|okay|ok|alright|cool|good) (?:about|with) (?:it|that|them)\b"
    r"(?!(?: \w+){0,6}? (?:as long as|so long as|provided|if i|once i|after i|unless)\b))"
)
# Done with it all, said of a job, a course or dating ("i'm done with it all, this job is grinding me down, i'm
# updating my cv"), unless death, pills or not being here follow. Read after "done with it all".
DONE_WITH_WORK = (
    r"(?!(?: \w+){0,6}? (?:this |that |the |my |a )?(?:job|work|office|boss|manager|course|degree|uni|college|diet|gym|dating|apps?|cv|resume"
    r"|notice|resign\w*|quit\w*|interviews?|commute|shifts?|rota|landlord|house hunting|flat hunting|renovation|wedding planning)\b"
    r"(?!(?: \w+){0,12}? (?:die|dead|end it|ending it|pills|tablets|not be here|not wake|not waking|living|alive|anymore|any more|goodbye|kill"
    r"|myself|for good|no point)\b))"
)
# The kids taken out by someone so I could rest ("he took the kids out so I could have some time"). Read after "out".
SO_I_COULD_REST = (
    r"(?! (?:so )?(?:i|we) (?:could|can|would|might) (?:have (?:a |some |an )?(?:\w+ )?(?:time|rest|break|bath|nap|sleep|lie in|lie down|minute"
    r"|breather|peace|quiet|cry|hour|lie)|rest|sleep|nap|relax|lie in|lie down|catch up|finish|study|revise|work|get (?:some )?(?:rest|sleep|work"
    r"|peace|jobs|things) done|get on)\b)"
)
# Pills counted to keep to the dose ("I keep counting them to make sure I haven't missed a day", "counted into
# the pill box for the week"), unless enough, all of them or an end follows (wave 20). Read after the count.
COUNTED_FOR_THE_DOSE = (
    r"(?!(?: \w+){0,4}? (?:to (?:make sure|check|see)(?: that)? (?:i|he|she|we|mum|mom|dad) (?:have not|has not|had not|did not|do not|does not"
    r"|have|has|had|took|take|takes) (?:missed|skipped|forgotten|forgot|taken|missing|skip|miss|forget)|to (?:make sure|check|see)(?: that)? (?:i|he|she"
    r"|we|mum|mom|dad) (?:took|take|takes|have taken|has taken|had taken) (?:one|it|him|my|her|his|the|today|this)|in case i (?:missed|skipped|forgot)"
    r"|(?:into|in to|in) (?:the|my|his|her|a) (?:pill ?box|pill organi[sz]er|dosette|weekly box|days of the week)|for the (?:week|repeat|prescription"
    r"|pharmacy|chemist|refill)|missed a (?:day|dose))\b(?!(?: \w+){0,8}? (?:enough|all of them|end it|not wake|the lot)\b))"
)
IDIOMS = (
    *IDIOMS,
    SOFT_ONE,
    OTHERS_STORY,
    FOR_THE_FAMILY,
    MY_OWN_ACCIDENT,
    CLUMSY_ME,
    THROWN_OUT,
    IT_HITS_ME,
    GOUGE_MY_EYES,
    MY_OWN_TAG,
    IN_A_STORY,
    MY_HOUSE_RULE,
    THEIR_RULE,
    WANTED_TO_DIE_OF_IT,
    NOOSE_OF_WORK,
    CROSS_MY_HEART,
    SHOOT_ME_NOW,
    DOCUMENT_RUNS_OUT,
)
NEGATIONS = (*NEGATIONS, DOUBT_DENIAL)
# the spoiler family joins the trifles a jest is made over (TRIFLE_IF is one group: its last ")" closes it)
TRIFLE_IF = TRIFLE_IF.removesuffix(")") + TOLD_HER_NEWS + ")"
RULES: dict[str, dict[str, tuple[str, ...]]] = {
    # The order of classes is the order of priority when several match.
    "strangulation": {
        "clear": (
            r"\b(?:thumbs?|fingers?|hands?|knee|elbow|forearm|arm|boot|foot)\b (?:into|in|on|against|around|round|across) my (?:throat|neck|windpipe)\b",
            r"\b(?:sleeper hold|rear naked choke|choke out|choked out|chokes me out)\b",
            r"\b(?:held|holds|hold\w*|push\w*|shov\w*|forc\w*|dunk\w*|pin\w*) (?:me|my head|my face)(?: \w+){0,2}? (?:under|into) (?:the )?(?:water|bath|bathwater|sink|pool|toilet|pillow|mud)\b",
            r"\b(?:chock(?:s|ed|ing)?|stangl\w*|strangel\w*|stranggl\w*|strangul\w*) (?:me|my)\b",
            r"\bcut (?:off )?my (?:air|breathing|airway)\b|\bcut off my air\b|\bcould not (?:speak|talk|swallow)(?: \w+){0,4}? (?:chok|strangl|throat|neck)",
            rf"\b(?:chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|smother(?:s|ed|ing)?|suffocat(?:e|es|ed|ing))(?: me\b(?!{TRIFLE_IF})| my\b(?! (?:will to live|creativity|social life|motivation|budget|bank balance|plants?)\b)| me out\b)",
            r"\btr(?:y|ies|ied|ying) to (?:choke|strangle|smother|suffocate|throttle)\b",
            r"\b(?:chokehold|choke hold|(?<!sister in a )(?<!brother in a )(?:headlock|head lock)|windpipe|strangulation|strangling me|choking me)\b",
            r"\b(?:hands?|arms?|fingers?|grip|knee|belt|rope|scarf|cord|forearm|elbow)\b(?: \w+){0,2}? (?:on|around|round|over|across|against|at|to) my (?:neck|throat)\b",
            r"\b(?:grab\w*|held|holds?|holding|had|has|got|squeez\w*|press\w*|push\w*|pin\w*|lift\w*|pick\w*) me (?:up |down )?(?:\w+ ){0,4}?(?:by|round|around) (?:the|my) (?:neck|throat)\b",
            r"\b(?:squeez|press|push|grab|grip|clamp|crush|chok)\w* (?:on |down on |at )?my (?:neck|throat|windpipe)\b",
            r"\b(?:pillow|(?<!my )hands?|bag|blanket|towel|cushion) (?:over|into|on|against|onto) my (?:face|mouth|nose|head)\b",
            r"\b(?:marks?|bruis\w*|fingerprints?) (?:all )?(?:on|around|round) my (?:neck|throat)\b",
            r"\b(?:passed|blacked) out (?:when|because|after|while) (?:he|him)\b",
            r"\b(?:held|holds|holding|hold|pushed|pushes|kept|keeps|forced|dunked|pinned) (?:me|my head|my face) (?:down )?under\b(?! (?:the|a) (?:covers|duvet|blanket|umbrella|table)\b)",
            r"\b(?:hold|holds|holding|held|wrap\w*|put|puts) (?:his |her |both )?(?:hands? )?(?:on |around |round )?my (?:neck|throat|windpipe)\b(?! (?:gently|softly|tenderly|lovingly|to kiss|when we kiss|while we kiss))",
            r"\b(?:voice|throat)\b(?: \w+){0,2}? (?:hoarse|raspy|croaky|gone)\b(?: \w+){0,3}? (?:after|since) (?:he|him|the fight|last night|what he)",
            r"\b(?:he|she)\b(?: \w+){0,2}? (?:strangled|choked|throttled|smothered|suffocated|strangles|chokes|throttles|smothers) (?:her|him)\b(?! (?:with|up|on|down|back)\b)",
        ),
        "possible": (
            r"\b(?:could not|can not|couldnt) (?:breathe|get (?:any )?air)\b",
            r"\b(?:neck|throat)\b (?:is |was )?(?:sore|bruised|hurts|hurting|aching|swollen|red|marked)\b(?: \w+){0,4}? (?:after|since|from) (?:the (?:fight|argument|row|attack)|our (?:fight|argument|row)|that (?:fight|argument|row|night)|he|him|his|what he|last night)\b",
            r"\b(?:can not|could not|hard to|trouble|difficulty|hurts to|hurt to) (?:swallow\w*|breathe|breathing)\b(?: \w+){0,4}? (?:since|after) (?:last night|the fight|the argument|the row|he|him|tonight|what he)\b",
        ),
    },
    "weapon": {
        "clear": (
            # a weapon reached for, named in a blurted fragment: "he went for the knife block", "knife in the drawer he said"
            rf"{AW} (?:went for|goes for|going for|reached for|reaches for|reaching for|lunged for|ran for|dived for|made a grab for) (?:the |a |his |my )?(?:\w+ )?(?:knife block|{WEAPON})\b",
            r"\b(?:the )?(?:knife|knives|gun|guns|pistol|rifle|shotgun|axe|machete|bat|hammer) (?:is |are |was |were |he keeps |kept )?(?:in|under|behind|by|next to) (?:the|his|my|our) (?:\w+ )?(?:drawer|bed|pillow|mattress|door|glovebox|glove box|car|cupboard|wardrobe|closet|safe|shed|nightstand|bedside)\b(?: \w+){0,2}? (?:he|she) (?:said|says|keeps saying|kept saying|told me|tells me|reminds me|reminded me)\b",
            rf"\b{WEAPON}\b(?: \w+){{0,6}}? (?:said|says|told me|tells me|saying) (?:it is|it was|that is|this is|that it is|it will be) for (?:me|you)\b",
            r"\b(?:chased|chases|chasing|came at|comes at|went for|goes for|threatened|threatens|lunged at|swung|swings|swinging|waved|waves|waving|raised|raises|hit me|hits me|beat me|beats me|attacked me|went after me)\b(?: \w+){0,5}? with (?:a |an |his |her |the |my |our )?(?:\w+ )?(?:golf club|hockey stick|cricket bat|bat|poker|rolling pin|frying pan|wrench|spanner|chain|brick|rock|plank|pipe|iron bar|crowbar|hammer|knife|gun|axe|machete|broken bottle|screwdriver|scissors|shovel|spade|pickaxe)\b",
            rf"{AW} (?:put|puts|laid|lays|left|leaves|placed|places|set|sets|slammed|slams)(?: \w+){{0,2}}? (?:gun|pistol|rifle|shotgun|revolver|handgun|knife|machete|blade|bullet|bullets)\b(?: \w+){{0,4}}? (?:on my (?:pillow|side|plate|chest|lap)|in front of me|next to me|beside me|while (?:we|he|i) (?:were|was)|and (?:just )?(?:stared|looked|glared|smiled|watched))",
            rf"\b{WEAPON} (?:to|at|against|in|into|on) my (?:cheek|ribs|belly|heart|eye|mouth|skin|leg|arm|hand|forehead|lips|gut)\b",
            r"(?<!chicken with a )(?<!meat with a )(?<!bones with a )(?<!joint with a )(?<!ribs with a )(?<!pork with a )(?<!lamb with a )(?<!butcher with a )\b(?:cleaver|machete|hunting knife|switchblade|pocket knife|crowbar)\b(?!(?: \w+){0,3}? (?:the chef|a chef|cooking class|cookery class|cookery school|chopping board)\b)(?! (?:block|set|for (?:the|dinner|cooking)))(?!(?: \w+){0,3}? for (?:his |her |my |our |the |a )?(?:fishing|camping|scouts|cubs|hiking|whittling|trips?|birthday|christmas|garden|allotment|work)\b)",
            r"\b(?!(?<=someone )shoot me\b|(?<=somebody )shoot me\b|(?<=someone please )shoot me\b|(?<=somebody please )shoot me\b)(?:stab\w*|shoot|shoots|shot|shooting) (?:at )?(?:me|my)\b(?!(?<=\ba shot at my) (?:cooking|baking|driving|singing|dancing|hair|haircut|outfit|clothes|work|job|parenting|accent|taste|team|choices?|ideas?|plans?|cake|garden|spelling|jokes?)\b)(?! with (?:a |an |his |her |the |their |my )?(?:nerf|water|paintball|laser|toy|bb|foam|cap|snowball|pea|rubber band)\w*\b)"
            rf"(?!{TRIFLE_IF})",
            rf"\bthreaten\w* (?:me |us )?(?:to (?:shoot|stab)|with (?:a |his |her |the )?{WEAPON})",
            rf"{AW} (?:has|have|had|keeps|kept|owns|own|bought|buys|got|gets|carries|carry|pulled|pulls|pointed|points|"
            rf"waved|waves|waving|held|holds|holding|showed|shows|loaded|loads|loading|cleaning|cleans|cleaned|sharpen\w*|"
            rf"swinging|swung|brandish\w*|grabbed|grabs|took out|takes out|sleeps with|hides|hid)(?: \w+){{0,3}}? {WEAPON}\b{NOT_A_WEAPON}(?! for (?:work|his job|her job|the job)\b){KNIFE_CHORE}",
            rf"\b{WEAPON} (?:to|at|against|in|into|on) (?:me\b|my (?:head|throat|neck|face|chest|back|side|stomach|temple))",
            r"\b(?:came|comes|come|went|going|ran|run|chased|chases|chasing|lunged|lunges) (?:at|after) me with\b(?! (?:a |an |his |her |the )?(?:tickle|hug|kiss|kisses|questions?|list|water pistol|nerf|pillow|snowball|cake|paperwork|bills?|plan|idea|apology|flowers)\b)",
            rf"\b(?:hit|hits|beat|beats|chased|attacked) me with (?:a |an |his |her |the )?{WEAPON}",
            rf"\b{WEAPON}\b(?: \w+){{0,8}}? (?:brings it up|mentions it|reminds me|talks about it|shows (?:it to )?me|makes sure i (?:see|know))\b",
            # other weapons by their local names, one used on her, one "for me", another one promised
            r"\b(?:taser\w*|tazer\w*|tased|tazed|maced|pepper spray\w*) (?:me|my)\b|\b(?:panga|sjambok|knobkerrie|knuckle duster|brass knuckles|nunchucks|katana|crossbow|cosh|truncheon|baton|iron rod|metal rod|metal pole|iron bar)\b(?! (?:block|set|class|training|practice))",
            rf"\b{WEAPON}\b(?: \w+){{0,6}}? (?:told me|tells me|said|says|showed me) what (?:its|it is|that is|they are|it was) for\b",
            rf"\b{WEAPON}\b(?: \w+){{0,12}}? (?:get|buy|find|has|got) (?:another|a new|more) (?:one|gun|knife|weapon|ones)\b",
            # the weapon got out, left out, waved, kept "for me", picked up when we fight, said in a fragment
            r"\b(?:got|gets|took|takes|pulled|pulls|brought|brings|had|has)\b (?:the |his |a )?(?:gun|guns|knife|rifle|shotgun|pistol|blade|machete|bat|axe) out\b(?! to (?:cut|carve|slice|chop|open|clean|show))",
            r"\b(?:gun|guns|shotgun|rifle|pistol|revolver|machete|bullets?) (?:on|across) the (?:\w+ )?(?:table|bed|counter|pillow|sofa|couch)\b|\b(?:leaves|left|puts|put) (?:one|it|the gun|a gun|his gun|them) out on (?:the )?(?:\w+ )?(?:counter|table|bed|side)\b",
            rf"\b{SAY}\b(?: \w+){{0,2}}? (?:the |his |a |that )?{WEAPON} (?:is|was|will be) for (?:me|you)\b|\b{SAY}\b (?:this|that|it) (?:is|was|will be) for (?:you|me)\b(?: \w+){{0,6}}? {WEAPON}\b{NOT_A_WEAPON}",
            rf"\b{WEAPON}\b(?: \w+){{0,6}}? (?:picks it up|grabs it|holds it|reaches for it|takes it|swings it|gets it)\b(?: \w+){{0,3}}? (?:when|whenever|every time|if) (?:we|i|he)\b",
            r"^(?:the )?(?:knife|knifes|knives|gun|guns|blade)(?: is| are)? out(?: again| now)?$",
            r"\bsharpen\w* (?:a |his |her |the )?(?:\w+ )?(?:knife|knives|blade|blades|axe|machete)\b(?: \w+){0,6}? (?:when|while|whenever|every time) (?:he is|he gets|she is|staring|looking|glaring|we (?:argue|fight|row))",
            r"\b(?:waved|waves|waving|swung|swings|swinging|brandish\w*|raised|raises) (?:a |an |his |her |the )?(?:\w+ )?(?:golf club|hockey stick|cricket bat|bat|poker|rolling pin|frying pan|wrench|spanner|chain|brick|plank|pipe|iron bar|crowbar|hammer|knife|gun|axe|machete|broken bottle|screwdriver|scissors|shovel|spade)\b(?! (?:at the ball|on the course|at golf|in the garden|at the nail))",
            r"\b(?:knife|knives|blade|gun|rifle|shotgun|pistol|axe|machete|hammer|scissors|bat)\b(?: \w+){0,10}? (?:held|holds|pointed|points|put|puts|pulled|pulls) (?:one|it|that|a knife|a blade|the knife) (?:to|at|against|on) (?:me|my)\b",
        ),
        "possible": (
            rf"\b{WEAPON}\b(?: \w+){{0,8}}? (?:since|after|ever since|right after) i (?:said|told|mentioned|asked|started|left|moved|tried)\b",
            r"^(?:he )?(?:keeps|has|carries|sleeps with) (?:a |the |his )?(?:gun|knife|blade|machete|pistol|rifle|shotgun|axe|bat|crowbar)\b(?: \w+){0,3}? (?:in|under|by|next to) (?:the|his|my|our) (?:car|bed|pillow|door|glovebox|jacket|pocket|bedside)\b",
            r"\bclean\w* (?:them|it|his guns?|the guns?|his rifle)\b (?:in front of me|at me|while staring|when(?:ever)? i)",
        ),
    },
    "sexual": {
        "clear": (
            # going on through tears or a no; giving in so that it ends: "i cried and he kept going", "i let him so he stops"
            r"\b(?:cried|crying|cry|sobbed|sobbing|said no|say no|saying no|told him (?:no|to stop)|asked him to stop|begged him to stop|froze|pushed him away)\b(?: \w+){0,4}? (?:and|but|while) (?:he|she) (?:kept going|keeps going|carried on|carries on|kept on|did not stop|does not stop|would not stop|will not stop|went on anyway|kept at it)\b"
            rf"{ON_ABOUT_IT}",
            r"\bi (?:let him|let her|give in|gave in|go along with it|went along with it|do it|did it)\b(?: \w+){0,2}? (?:so )?(?:he|she) (?:stops|will stop|would stop|leaves me alone|will leave me alone|does not get (?:angry|mad|nasty)|stops going on)\b",
            r"\b(?:have sex|sleep with (?:him|her|he))\b(?: \w+){0,2}? (?:(?:that )?he (?:will not|would not|does not) (?:get (?:angry|mad|violent|nasty)|hit|hurt|kick off|shout|start)|to keep the peace|or (?:else )?he (?:gets (?:angry|mad|violent|nasty)|sulks|hits|hurts))",
            r"\b(?:does|did|do|doing|tries|tried|touch\w*|has sex with|had sex with|gets on top of|got on top of|undress\w*|fondl\w*|grop\w*|feel\w* me up)(?: (?:stuff|things|it|sexual \w+) (?:to|with))? me (?:while|when|after) i (?:am|was|have|had|fall|fell|passed) (?:asleep|sleeping|drunk|passed out|unconscious|too drunk|half asleep|been drinking|taken my (?:pills|meds|sleeping))\b",
            r"\b(?:a|his|my|the) (?:wife|husband|girlfriend|boyfriend|partner|woman|man) (?:can not|is not allowed to|does not get to|should not|has no right to|must not|may not|never) (?:say no|refuse)\b|\bno right to refuse (?:him|her|he|sex)\b|\b(?:wifely|marital|husbandly|conjugal) (?:duty|duties|rights)\b",
            r"\bno (?:is not|isnt) an option\b|\bnot allowed to say no\b",
            r"\b(?:will not|refuses to|does not) (?:use|wear) (?:protection|a condom|condoms)\b",
            r"\b(?:sold|posted|shared|sent|leaked)(?: \w+){0,2}? (?:pictures|photos|videos|pics) of me\b",
            r"\b(?:make|makes|made|forces?|forced) me (?:watch|copy|do|act out|film|send)(?: \w+){0,3}? (?:porn|things|stuff|videos?|nudes|pictures)\b",
            r"\b(?:drugged|spiked) (?:my|me)\b|\bwoke up (?:with|and) (?:no clothes|naked|my clothes off)\b",
            r"\bif i (?:did not|do not|will not|would not|refuse to) (?:have sex|sleep with him|sleep with her|do it)\b",
            r"\bwoke up (?:to|and) (?:him|he|her)(?: \w+){0,2}? (?:having sex|on top|inside|touching)\b|\bhaving sex with me while i\b",
            r"\b(?:pressured|pressures|pushed|pushes|guilted|guilts) me into (?:a |an )?(?:\w+ ){0,1}(?:threesome|sex|sleeping|anal|things|stuff)\b",
            rf"\b(?:rape|raped|rapes|raping|rapist|{ORDER_NAME}molest\w*|sexual(?:ly)? (?:assault\w*|abus\w*|coerc\w*))\b",
            r"\b(?:forc|pressur|coerc|guilt)\w*(?: \w+){0,3}? (?:sex|into bed|to sleep with|into sleeping|himself on|herself on)",
            r"\bsex(?: \w+){0,5}? (?:when i do not want|when i said no|against my will|even though i said no|after he hit)",
            r"\bforc\w* (?:me|himself)\b(?! to (?:go|come|eat|watch|apologi\w*|say|admit|choose|pick|pay|move|quit|leave|sell))",
            r"\b(?:make|makes|made|making|forc\w*) me (?:to )?(?:have sex|sleep with|do (?:things|stuff|it|sexual))",
            r"\bi said (?:no|stop|i did not want)(?: \w+){0,5}? he(?: \w+){0,2}? (?:did it anyway|kept going|carried on|did not stop|would not stop|went ahead|kept on)"
            rf"{ON_ABOUT_IT}",
            r"\b(?:would|will|did|does) not stop(?: \w+){0,2}? when i (?:said|say|tell|told|beg\w*|cr\w*)",
            r"\b(?:will|would|does|did) not take no\b|\bnot let me say no\b",
            r"\bi did not want to(?: \w+){0,3}? he (?:made me|would not|did not stop|kept going|forced|pressured|did it)",
            r"\bon top of me (?:when|while) i (?:am|was) (?:asleep|sleeping)|(?:wake|woke) up (?:and|with) he (?:is|was) (?:already )?on top|(?:touch\w*|gets on top of|got on top of) me (?:when|while) i (?:am|was) (?:asleep|sleeping)",
            r"\bowe (?:him|her|he) sex\b|\bmy duty(?: \w+){0,5}? (?:sleep with|sex)|\bduty as (?:his|a) wife\b",
            r"\b(?:post|posted|posts|share|shared|shares|sharing|send|sent|sends|leak\w*|show\w*|put online|threaten\w*)(?: \w+){0,4}? (?:nudes|nude|naked|private|intimate|sex) ?(?:pictures|photos|pics|videos|video|tape|images)?\b",
            r"\b(?:nudes|naked (?:pictures|photos|pics|videos)|sex tape|intimate (?:pictures|photos|videos))(?: \w+){0,4}? (?:online|without|to his|with his)",
            r"\b(?:film|films|filmed|filming|record|records|recorded|recording|photograph\w*)(?: \w+){0,2}? (?:me|us) (?:without|naked|in the shower|having sex|while i|in bed)",
            r"\b(?:things|stuff)(?: \w+){0,2}? in bed(?: \w+){0,4}? (?:said no|do not want|did not want|do not like|not okay)",
            r"\bin bed(?: \w+){0,6}? (?:said no|crying|against my will)",
            r"\b(?:go along with it|give in|have sex|sleep with (?:him|her|he))(?: \w+){0,3}? because i am (?:scared|afraid|frightened|terrified)",
            r"\b(?:touch\w*|grab\w*|grop\w*) me (?:when|after|even though|even when) i (?:tell|told|say|said|ask|asked) (?:him )?(?:not to|no|stop)",
            r"\b(?:angry|mad|violent|sulks?|punish\w*)(?: \w+){0,3}? if i (?:do not|will not|refuse to) (?:have sex|sleep with|give (?:him|her|he) (?:sex|it)|put out|do it)",
            r"\bhave sex with him because i am (?:scared|afraid)",
            r"\bwhat (?:wives|girlfriends|husbands|partners|women|a wife is|a girlfriend is) (?:are )?for\b",
            r"\bgot me (?:drunk|high|wasted|pissed|stoned|plastered)\b(?: \w+){0,2}? (?:so )?(?:i would|id|i will|i do|to|and then|then) (?:do it|sleep with|have sex|go along|say yes|give in)?",
            r"\b(?:going|goes|went|go|pushing|pushes|pushed|taking|takes|took) (?:it )?(?:further|past|beyond)\b(?: \w+){0,3}? (?:than|what) i (?:said|say|wanted|want|agreed|was comfortable|am comfortable)",
            r"\b(?:remov\w*|pull\w*|rip\w*|tear\w*|tore|take|took|taking|strip\w*) (?:off )?my (?:clothes|clothing|underwear|knickers|pants|top|bra|dress|skirt)\b(?: \w+){0,4}? (?:by force|when i|even though|while i|against|though i)",
            r"\bi (?:said|told (?:him|her)|say|tell (?:him|her))\b(?: \w+){0,5}? (?:tired|no|stop|not tonight|not in the mood|did not want|do not want|it hurt|it hurts|was sore|was asleep)\b(?: \w+){0,5}? (?:he|she) (?:\w+ ){0,4}?(?:did it anyway|does it anyway|kept going|keeps going|carried on|did not stop|would not stop|went ahead anyway|did it regardless)\b"
            rf"{ON_ABOUT_IT}",
            r"\bmade me (?:do it )?again (?:tonight|last night|today)\b|\bowe (?:him|her|he)\b(?: \w+){0,2}? (?:in bed|sex|a shag|physically)\b",
            r"\b(?:i )?did not want (?:to|it)\b(?: \w+){0,3}? (?:he|she) (?:made me|would not stop|did not stop|kept going|forced|pressured|did it anyway)",
            r"\b(?:does|did|do|starts|started|has sex|touches|touched) (?:it |things |stuff )?(?:to me )?(?:when|while) i (?:am|was) (?:asleep|sleeping|passed out|unconscious|out of it)\b|\b(?:i am|i was) asleep when (?:it|he) (?:starts|started|begins)\b",
            r"\b(?:being|was|is|already) inside me\b(?: \w+){0,6}? (?:asleep|woke|wake|said|did not|without)|\bwak\w* me up\b(?: \w+){0,3}? inside me\b",
            rf"\b(?:{SAY}\b(?: \w+){{0,2}}? (?:hell|he will|he is going to|he would)|hell) (?:post|send|share|leak|show|put up|put online)\b(?: \w+){{0,3}}? (?:pictures|photos|pics|videos|video|tape|nudes)\b(?! (?:from|of) (?:the|our|my|his|her) (?:holiday|holidays|wedding|party|trip|beach|kids|baby|dog|day out|christening|birthday|graduation|match|game|concert|garden|house)\b)",
            r"\bwoke up (?:to|with) (?:him|he|her) (?:on|on top of|inside|touching|undressing) me\b",
            r"\b(?:hurts|it hurts|crying|i cry|said stop|say stop)\b (?:and|but) (?:he|she) (?:does not|did not|will not|would not|never) stop\b|\b(?:carries on|keeps going|kept going|carried on|does not stop|did not stop)\b (?:even )?(?:when|while|though) i (?:cry|cried|am crying|was crying|say no|said no|beg|begged)\b",
            r"\b(?:in bed|sex|it)\b(?: \w+){0,4}? whether i (?:want|like) (?:it |to )?or not\b|\b(?:relations|sex|intimacy|himself)\b(?: \w+){0,3}? against my (?:will|wishes|consent)\b",
            r"\b(?:took|takes|taking|film\w*|record\w*)\b (?:\w+ ){0,2}?(?:photos|pictures|pics|videos?) (?:of me )?(?:when|while) i (?:was|am) (?:passed out|asleep|drunk|unconscious|out of it|in the shower|changing)\b|\b(?:took|takes|taking|film\w*|record\w*)\b (?:\w+ ){0,2}?(?:photos|pictures|pics|videos?) of me (?:in the (?:shower|bath)|naked|undressed|without (?:asking|my|me knowing))",
            r"\bsleep with (?:him|her|someone|his \w+|them)\b(?: \w+){0,3}? (?:to pay|for money|to clear|to pay off)\b",
            # owed, made pliant, traded, made to undress, used
            r"\b(?:gets?|got|getting|makes?|made|plies|plied) me (?:tipsy|drunk|merry|wasted|tiddly|legless|high|sleepy|drowsy|out of it)\b(?: \w+){0,4}? (?:i will not|i would not|i can not|i could not|i do not|i did not|i will|i would) (?:not )?(?:put up a fight|fight (?:him|back|it)|resist|say no|stop (?:him|her)|struggle|object|refuse|give in|go along)\b",
            r"\b(?:sleep with|go with|be with|do (?:stuff|things|it|that|favours|favors) (?:with|for)|be nice to|entertain)\b(?: \w+){0,4}? (?:to pay (?:off |back )?(?:what (?:he|she) (?:owed|owes)|(?:his|her|the|a|our) (?:debts?|rent|dealer|bill|loan))|for (?:money|drugs|the rent|rent|his debts?))\b",
            rf"{AW} (?:makes?|made|forces?|forced|orders?|ordered|has me|had me) (?:me )?(?:to )?(?:undress|strip|get undressed|get naked|stand naked|take (?:off )?(?:all )?my clothes(?: off)?|parade)\b",
            r"\b(?:feel|felt|feeling) (?:dirty|used|violated|cheap|like a piece of meat|like an object)\b(?: \w+){0,3}? (?:afterwards|after he|after it|after sex|when he is done|when he has finished)\b",
            r"\bi owe (?:him|her|he)\b(?: (?:it|sex|that|that much|my body|a shag))?(?: \w+){0,2}? (?:since|because|after|for|now that) (?:he|she) (?:paid|pays|bought|buys|took me|spent|got|pays for)\b",
            r"\bif (?:i|you) (?:loved|love|cared about|trusted|cared for) (?:him|me|her)\b(?: \w+){0,2}? (?:i|you) (?:would|will|should|would have) (?:do it|do that|sleep with|have sex|send|let (?:him|me|her)|try it|do (?:it|stuff|things|that) with|have a threesome|go all the way)\b",
            r"\b(?:ask\w*|pressur\w*|begg\w*|begs|keeps? on|nag\w*|pester\w*|demand\w*) (?:me )?(?:for|to send) (?:pics|nudes|photos|pictures|videos|nude\w*|naked \w+|sexy \w+|spicy \w+|dirty \w+)\b(?: \w+){0,8}? (?:leave|dump|break up|if i do not|or else|will not stop|gets? (?:angry|mad|nasty)|unless)\b",
            r"\bmy body (?:belongs to|is) (?:him|his|her|hers)\b|\b(?:he|she) (?:owns|says he owns) (?:me|my body)\b|\bno means (?:yes|try harder|keep going|maybe|convince me|not yet)\b|\bsextort\w*\b",
            r"\b(?:say no|said no|saying no|refuse|refused|not in the mood|am tired|was tired)\b(?: \w+){0,6}? (?:he|she) (?:says|said|reckons|thinks|tells me|told me) i owe (?:him|her|he)\b",
        ),
        "possible": (
            r"\bi (?:do not|did not) want to but i (?:do|did|let him|give in|gave in|go along|went along)\b(?! (?:need|have|want|think|know|like|love|enjoy|it for (?:the|my|work))\b)",
            r"\b(?:too tired|not in the mood|say no|said no|turn (?:him|her) down|refuse)\b(?: \w+){0,4}? (?:i let (?:him|her)|i give in|i gave in|i go along|i do it|i just do it)\b",
            r"\b(?:asking|begging|pestering|nagging|pushing|pressuring|going on)(?: and (?:asking|begging|pestering|nagging|pushing|on))*\b(?: \w+){0,3}? (?:till|until) i (?:give in|gave in|let (?:him|her)|say yes)\b(?! (?:and|on|about|to) )",
            r"\b(?:pushy|rough|forceful|aggressive|demanding)\b (?:in (?:the )?(?:bedroom|bed)|about sex|with sex|when it comes to sex)\b",
            r"\bi owe (?:him|her|he)\b(?: \w+){0,3}? (?:because|for|since) (?:he|she) (?:pays|paid|provides|puts a roof)\b(?: for)?(?: the| my| our)? (?:rent|bills|mortgage|everything|house|roof|food|keep)",
            r"\b(?:have sex|sleep with (?:him|her|he)|give (?:him|her) (?:sex|what he wants)|give in)\b(?: \w+){0,2}? (?:the kids|he|she|nobody|no one) (?:will not|would not|does not|do not|can not) (?:hear|see|wake|know|shout|kick off|get|start|hit|hurt)",
            r"\b(?:sulks?|sulking|angry|mad|nasty|cold|silent treatment|punish\w*|kicks off)\b(?: \w+){0,3}? (?:if|when|whenever) i (?:say|said) no\b(?! to)",
            r"\bwhat (?:proper|real|normal|good) (?:couples|wives|girlfriends|women) do\b|\bget it elsewhere\b",
            r"\bi (?:let (?:him|her)|give in|gave in|go along with it)\b(?: \w+){0,2}? (?:he|she) (?:calms down|settles|is nice|will be nice|sleeps|shuts up)\b",
            r"\b(?:pressur\w*|nag\w*|pester\w*|badger\w*|guilt\w*) me\b(?: \w+){0,3}? (?:till|until) i (?:give in|gave in|let (?:him|her)|say yes)\b",
            r"\b(?:says|said|reckons|tells me|thinks|acts as if|acts like|told me)\b(?: \w+){0,6}? (?:that )?i owe (?:him|her|he) (?:it|sex|that|that much|my body|a shag)\b",
            r"\b(?:pressur\w*|push\w*|nag\w*|pester\w*|badger\w*|guilt\w*|coerc\w*|talk\w* me into|keeps? on at me|on at me)\b(?: \w+){0,2}? (?:me )?(?:to |into )?(?:do|try|doing|trying) (?:things|stuff|acts|what|that)\b(?: \w+){0,5}? (?:films|videos|porn|movies|he watches|in bed|sexual|i do not (?:like|want)|degrading|humiliating|hurt|painful)\b",
            r"\b(?:pester\w*|nag\w*|badger\w*|hound\w*|keeps? on(?: and on)? at me|on at me|pressur\w*|paws? at me|pawing at me|grop\w*)\b(?: \w+){0,8}? (?:turns?|gets?|goes|got|turned|went|sulks|sulked|storms off) ?(?:nasty|angry|mean|cold|horrible|funny|violent|arsey|sulky|in a mood|moody|furious|off)? (?:when|if|whenever) i (?:say|said) (?:no|not tonight|i am tired|i am not in the mood|i do not want|i have a headache)\b",
            r"\b(?:keeps? on(?: and on)? at me|on at me|pester\w*|nag\w*|badger\w*|hound\w*|pressur\w*|guilt\w*)\b(?: \w+){0,6}? (?:about|for) (?:sex|relations|marital relations|intimacy|the bedroom|his rights|her rights|conjugal|doing it|sleeping together|being intimate|a shag|a blowjob)\b",
            r"\bi (?:did not|do not|never) want (?:to|it)\b(?: \w+){0,4}? (?:he|and he) (?:never|does not|did not|would not) (?:asks?|care|cares|stop|stops|listen|listens|wait|waits)\b",
            r"\b(?:has|have|got|took|filmed|recorded|kept|keeps)\b (?:a |the |some |my )?(?:video|videos|pics|photos|pictures|nudes|tape|recording|screenshots)\b(?: \w+){0,6}? (?:said|says|threatens|threatened|threatening|swears|swore)\b(?: \w+){0,3}? (?:send|post|share|show|leak|upload|put)\b(?: it| them| those)? (?:to|on|online|with|everyone|around)\b",
        ),
    },
    "children_pets": {
        "clear": (
            r"\b(?:baby|toddler|newborn|infant|little one)\b(?: \w+){0,4}? (?:and|then) (?:shakes|shook|shaking|hits|hit|slaps|slapped|smacks|smacked|squeezes|squeezed|throws|threw) (?:her|him)\b",
            r"\b(?:kids?|children|child|sons?|daughters?|boys?|girls?|little ones?) (?:is|are|was|were|gets|get) (?:\w+ )?(?:scared|afraid|frightened|terrified) (?:to (?:come|go|be) (?:home|around|near)|of (?:his|her|their) (?:dad|father|stepdad|mom|mother))\b",
            rf"\b(?:spank\w*|flick\w*|belt\w*|whack\w*|thump\w*|clip\w*) (?:the|our|my|his|her) (?:little )?{KID}\b(?: \w+){{0,4}}? (?:hard|marks|bruises|until|till|cry|cries|screamed)",
            rf"{AW} gave (?:the|our|my|his|her) (?:little )?{KID} (?:a |an )?(?:\w+ )?(?:black eye|fat lip|bloody nose|split lip|concussion|bruises?|hiding|beating|kicking|thrashing|slap|smack|punch|whack|belting|hammering)\b",
            r"\b(?:kneel|kneeling|knelt) on (?:rice|salt|peas|gravel|stones|bottle caps)\b|\b(?:without|no) (?:food|dinner|water|meals?) (?:for (?:a day|days|two days)|as (?:a )?punishment)\b",
            rf"\bput (?:the|my|our|his|her) (?:little )?(?:{KID}|{PET}) in (?:the|a) (?:freezer|fridge|oven|microwave|dryer|tumble dryer|washing machine|bin|boot|trunk|cage|dog crate)\b",
            r"\b(?:he|dad|daddy|stepdad) (?:hits|hit|hurts|hurt|smacks|smacked|slaps|slapped|kicks|kicked|beats|beat|punches|punched|chokes|choked|shakes|shook) (?:him|her|us)\b(?: \w+){0,3}? (?:when|while|whenever|every time) i (?:am (?:at|out|not)|go|leave|was (?:at|out)|work)",
            rf"\b(?:held|holds|hold\w*|push\w*|dunk\w*|drown\w*) (?:the|our|my|his|her) (?:little )?(?:{KID}|{PET})(?: \w+){{0,2}}? (?:under|into) (?:the )?(?:water|bath|sink|pool|toilet|bucket)\b",
            r"\b(?:grab\w*|yank\w*|twist\w*|pinch\w*|squeez\w*|pull\w*|slap\w*|smack\w*|hit\w*|punch\w*|kick\w*|bit|bite\w*|burn\w*|scald\w*|whip\w*|belt\w*|flick\w*|shook|shake\w*|drag\w*|bang\w*|slam\w*) (?:the|our|my|his|her) (?:little )?(?:kids?|children|childrens|childs|sons?|daughters?|babys?|babies|toddlers?|boys?|girls?|stepsons?|stepdaughters?|grandsons?|granddaughters?|dogs?|cats?|puppys?|puppies|kittens?) (?:arm|arms|ear|ears|face|head|hair|neck|wrist|wrists|leg|legs|fingers|back|bottom|tail|collar|throat|cheek)\b",
            rf"\b(?:took|takes|take|taking|used|uses|use) (?:a |the |his |her |my )?(?:belt|strap|stick|slipper|wooden spoon|cane|switch|paddle|hairbrush|wire|cable|cord|shoe|hanger|coat hanger|ruler) (?:to|on) (?:the|my|our|his|her) (?:little )?{KID}",
            rf"\b(?:flung|fling\w*|chuck\w*|toss\w*|launch\w*|hurl\w*|drag\w*|yank\w*|squeez\w*|pinch\w*|twist\w*|scald\w*|slam\w*|bang\w*|throttl\w*) (?:the|our|my|his|her|their) (?:little )?(?:{KID}|{PET})\b(?! (?:to|into|off to|along to) (?:school|bed|the (?:park|shops|car|dentist|doctor)|practice|training|football|nursery|daycare))(?: \w+){{0,4}}? (?:against|into|onto|across|at|down|off|out|by|hard|until|till|around)\b",
            r"\b(?:the |my |our )?(?:kids|children|son|daughter|boys|girls|little ones?)\b (?:hide|hides|hid|hiding|flinch\w*|cower\w*|tremble\w*|shake|shakes|shaking|freeze|freezes|froze|run and hide|go quiet|wet the bed)\b(?: \w+){0,5}? (?:when|whenever|every time|as soon as) (?:he|his)\b(?! (?:plays|counts|is it\b|hoovers|vacuums))(?! (?:hears?|heard|sees?|saw) (?:the|a|an|that|this|thunder|fireworks|dogs?|bees?|wasps?|spiders?|sirens?)\b)",
            r"\b(?:punish\w*|lock\w*|shut\w*)(?: \w+){0,3}? (?:my|our|the) (?:son|daughter|kids?|children|child|baby|boy|girl)(?: \w+){0,4}? (?:outside|in the cold|in (?:a|the) (?:cupboard|closet|basement|shed|car)|without food)",
            rf"{BY_A_LITTLE_ONE}\b(?:squeez\w*|shook|shakes|shaking|hit\w*|smack\w*|slap\w*|whip\w*|belt\w*) (?:my|our|the|his|her) (?:little )?(?:baby|son|daughter|boy|girl|kids?|child|toddler)\b",
            r"\b(?:throw\w*|threw|hurl\w*|chuck\w*) (?:\w+ ){0,2}at (?:the|my|our|his|her) (?:kids?|children|child|son|daughter|baby|dog|cat|puppy|pets?)\b",
            r"\b(?:drag\w*|yank\w*|pull\w*) (?:the|my|our|his|her) (?:kids?|children|child|son|daughter|baby)\b(?: \w+){0,4}? (?:by (?:the|his|her) (?:hair|arm|neck|ear)|across|down|out of)",
            rf"{BY_A_LITTLE_ONE}\b(?:hit|hits|hitting|hurt|hurts|hurting|kick\w*|beat|beats|beaten|beating|slap\w*|smack\w*|punch\w*|shook|shakes|shake|shaking|drown\w*|kill\w*|chok\w*|strangl\w*|throttl\w*|burn\w*|starv\w*|abus\w*|strike|struck|whip\w*|belt\w*|shov\w*|batter\w*|harm\w*|molest\w*|poison\w*|stab\w*|shoot|shot|tortur\w*|bit|bites|threw|throws|throwing|hurl\w*)(?: \w+)? (?:the|our|my|his|her|their|a|both|a) ?{KID}\b"
            r"(?! (?:monitor|gate|gates|bottle|bottles|wipes|bath|shower|seat|car seat|carrier|swing|bouncer|food|clothes|photos|pictures|book|scan|group|class)\b)"
            r"(?!(?:(?<= a kid)|(?<= a child)|(?<= a boy)|(?<= a girl)) (?:at|in|on|from) (?:nursery|school|preschool|daycare|kindergarten|playgroup|football|soccer|rugby|practice|training|the (?:park|playground|party|pool|soft play))\b)"
            r"(?!(?:(?<=\bbeat the boys)|(?<=\bbeat the girls)|(?<=\bbeat the kids)) (?:at|in) (?:touch |tag |five a side |beach |table )?(?:rugby|football|footy|soccer|cricket|netball|hockey|basketball|tennis|volleyball|cards|chess|darts|pool|bowls|quiz|trivia|the (?:quiz|match|game|final|race))\b)",
            rf"\b{KID_BY_ACCIDENT}"
            r"(?!(?:(?<=\bi will )|(?<=\bi could )|(?<=\bi am going to ))\w+(?: \w+)? (?:the|our|my|a) \w+(?: \w+){0,2}? if (?:he|it) (?:\w+ )?(?:eats|chews|digs|steals|pees|poos|poops|wees|rolls|barks|sheds|knocks|scratches|jumps)\b)"
            rf"(?:hit|hits|hitting|hurt|hurts|hurting|kick\w*|beat|beats|beaten|beating|slap\w*|smack\w*|punch\w*|shook|shakes|drown\w*|kill\w*|chok\w*|strangl\w*|throttl\w*|burn\w*|starv\w*|abus\w*|whip\w*|shov\w*|batter\w*|harm\w*|poison\w*|stab\w*|shoot|shot|tortur\w*|threw|throws|throwing|hurl\w*)(?: \w+)? (?:the|our|my|his|her|their|a) ?{PET}\b(?! (?:a |the |his |her )?(?:ball|stick|frisbee|treat|toy|bone|biscuit|bit)\b)"
            r"(?<! a horse)",
            rf"\b(?:grab\w*|yank\w*|pull\w*|drag\w*|pick\w* up) (?:the|our|my|his|her) {KID} by (?:the|his|her) (?:neck|throat|arm|hair|ear|collar)",
            rf"\b(?:touch\w*|fondl\w*) (?:the|our|my|his|her) {KID}(?: \w+){{0,2}}? (?:inappropriately|in a way|where|private|down there|sexually)",
            rf"\block\w* (?:the|our|my) {KID} in (?:their|the|a|his|her) (?:room|rooms|basement|cupboard|closet|car|shed|cellar|bathroom)",
            rf"\b(?:bruises?|marks) on (?:the|our|my) {KID}|{KID} (?:has|had|have|got) (?:bruises|marks|a black eye|burns)",
            rf"\b{KID} (?:are|is|were|was) (?:\w+ )?(?:scared|afraid|terrified|frightened) of (?:him|he|her)\b",
            rf"\btake (?:the|my|our) (?:kids|children|{KID})(?: \w+){{0,5}}? (?:away|never see)",
            rf"\b(?:{FEAR}|worried)(?: \w+){{0,4}}? (?:hurt|harm|take|kill|hit)(?: \w+)? (?:the|my|our) (?:{KID}|{PET})",
            rf"\b{KID} (?:saw|see|watched|heard) (?:him|he|her) (?:\w+ )?(?:hit|hurt|beat|choke|strangle|push|kick) me",
            # the kids and the animals: booted, buried, left as punishment, told they will pay, taken so she never sees them
            rf"\b(?:boot\w*|launch\w*|kick\w*|threw|throw\w*|hurl\w*|fling\w*|flung|swung|bury|buried|burying|drown\w*|poison\w*|stamp\w* on|strangl\w*|hang\w*|shot|shoot)\b (?:the|our|my|his|her|their|a) (?:\w+ )?{PET}\b(?! (?:a |the )?(?:ball|stick|frisbee|treat|toy|food|bone)\b)(?: \w+){{0,4}}? (?:across|into|against|down|alive|off|over|out|until|till|because|cause|when|after|for)\b",
            rf"\b{KID} (?:heard|saw|watched|witnessed|see|hear)(?: \w+){{0,2}}? (?:everything|it all|all of it|the whole thing|what (?:he|happened)|him (?:hit|hurt|choke|push|kick|beat|strangle|attack)\w*)\b(?: \w+){{0,6}}? (?:crying|cried|screaming|screamed|terrified|scared|shaking|hiding|hid|through the wall)\b(?! (?:with|for) (?:joy|excitement|laughter|delight|happiness))",
            rf"\brough (?:with|on) (?:the|our|my|his|her) (?:little |wee )?(?:one|ones|{KID}|{PET})\b(?! (?:when (?:they|he|we) play|in play|playing|at play))",
            rf"\b{KID}\b(?: \w+){{0,8}}? (?:i|you) (?:will|would|are going to|am going to) (?:never|not) see (?:him|them|her) (?:again|ever)",
            rf"\bleft (?:the|my|our) (?:\w+ )?{KID} (?:alone |on (?:their|his|her) own )?(?:in the car|in the house|home alone|outside|locked in)(?: \w+){{0,3}}? (?:all day|all night|for hours|as (?:a )?punishment|to punish)",
            rf"\b{KID} (?:will|would|are going to|is going to|is gonna|are gonna) (?:pay|suffer|get hurt|regret|be sorry)\b",
            rf"\b{KID}\b(?: \w+){{0,3}}? (?:says|said|told me|tells me|told us|told the teacher)\b(?: \w+){{0,3}}? (?:hurts|hurt|hits|hit|beats|beat|smacks|slaps|kicks|punches|touches|touched|abuses|abused|burns|burned|chokes|choked|scares|locks) (?:him|her|them)\b",
            rf"\b{PET} (?:was|were|is|came home|came back) (?:found )?(?:with )?(?:injuries|injured|hurt|bleeding|limping|bruised|cut|dead|poisoned|burns|a broken \w+)\b(?: \w+){{0,8}}? (?:he|him|his)\b",
            rf"\b(?:{KID}|{PET}) (?:will|would|are going to|is going to) (?:pay|suffer|get hurt)\b",
            rf"\b(?:{KID}|eldest|youngest)\b(?: \w+){{0,2}}? (?:stood|got|stepped|came|jumped) (?:in )?between us\b",
            r"\bput (?:it|him|her|the dog|the cat) down (?:himself|herself)\b|\b(?:kicked|hit|punched|threw|slammed|hurt)\b (?:her|him|it)\b(?: \w+){0,3}? (?:yelped|whimpered|limped|squealed|howled)\b",
            r"\b(?:daughter|son|stepdaughter|stepson|girl|boy)\b(?: \w+){0,3}? (?:says|said|told me)\b(?: \w+){0,2}? (?:he|him|her dad|his dad|her stepdad) (?:comes|came|goes|went|gets) (?:into|in) (?:her|his) (?:room|bed)\b",
            rf"{SAY}\b(?: \w+){{0,2}}? (?:the )?(?:dogs|cats|kids|babys|dog is|cat is|kids are|baby is|puppys) next\b",
            r"\b(?:kids?|children|child|son|sons|daughters?|baby|granddaughter|grandson|grandkids|grandchildren|little one|boy|girl|stepson|stepdaughter)\b(?: \w+){0,3}? (?:came|comes|come|got|gets|was|is) (?:back|home|brought back|returned)\b(?: \w+){0,2}? (?:with|covered in) (?:bruises|a bruise|marks|a black eye|burns|cuts|welts|scratches|injuries|a split lip)\b(?: \w+){0,6}? (?:after|from) (?:a |the |her |his )?(?:weekend|visit|night|stay|time|day|contact)\b(?: \w+){0,2}? (?:at|with) (?:his|her|him|their dad|their father|daddy|their mom)\b",
            r"\b(?:says|said|threatens|threatened|told me|tells me|swears|swore)\b(?: \w+){0,3}? (?:he|she) (?:will|would|is going to) (?:drop|hurt|harm|throw|shake|smother|drown|starve) (?:the baby|the kids?|the children|it|them|him|her)\b(?: \w+){0,3}? if\b",
        ),
        "possible": (
            r"\b(?:the|my|our) (?:kids|children|son|daughter|boy|girl|little one)\b(?: \w+){0,2}? (?:do not|does not|will not|refuse to|are scared to|is scared to|cry when they have to|beg not to) (?:want to )?(?:go|stay|visit)(?: \w+){0,2}? (?:to|at|with) (?:his|her|him) (?:place|house|flat|apartment|home)\b",
            rf"\b{KID} (?:needs|need|needed) (?:toughening|toughen|hardening|a good hiding|a hiding|a slap|a smack|sorting out|knocking into shape)\b",
            rf"\b(?:angry|rough|mad|impatient|violent|aggressive|nasty|cruel|heavy handed)\b (?:with|at|towards|to) (?:the|our|my) (?:little |wee )?(?:{KID}|{PET})\b",
            r"\bworry (?:about )?what (?:happens|he does|he will do|goes on)\b(?: \w+){0,3}? (?:when|while) i (?:am|go) (?:out|away|at work|not there|not home)",
            r"\b(?:hurting|hurt|hit|hitting|beat|beating|smack\w*|belt\w*|kill\w*|punish\w*|whip\w*) (?:him|her|them|the kids|the children)\b(?: \w+){0,2}? if (?:he|she|they) (?:misbehave\w*|cry|cries|act up|acts up|talk back|do not behave|are naughty|is naughty|wet)",
            r"\b(?:kids|children|son|daughter|boy|girl|little one)\b(?: \w+){0,2}? (?:do not|does not|will not|refuse to|are scared to|is scared to|beg not to) (?:want to )?(?:go|stay|visit)\w*(?: \w+){0,1}? (?:to|at|with) (?:his|her|their|him) (?:dads|dad|fathers|father|moms|mothers|stepdads)\b(?: \w+){0,6}? (?:anymore|come back (?:different|quiet|scared|upset|crying))",
            rf"\b{KID} (?:saw|heard|watched|see|hear|witnessed)\b (?:it (?:again|all)$|(?:everything|the whole thing|him) (?:again|all|tonight|last night)\b)",
            rf"{PET}\b(?: \w+){{0,4}}? (?:missing|disappeared|vanished)\b(?: \w+){{0,4}}? (?:after|since|when) (?:he|she) (?:threatened|kicked|hit|hurt|said|swore|got angry|lost (?:it|his temper)|took)\b",
            rf"\b{KID}\b(?: \w+){{0,3}}? (?:wet\w* the bed|wetting|bed wetting|nightmares|stopped talking|stopped eating|biting other kids)\b(?: \w+){{0,6}}? since (?:he|his|her|their|the (?:shouting|fighting|hitting|yelling))",
            r"\b(?:kids?|children|child|sons?|daughters?|baby|little one|boy|girl|stepson|stepdaughter)\b(?: \w+){0,3}? (?:bruise|bruises|black eye|burn|burns|marks|a cut|broken arm|split lip|welts)\b(?: \w+){0,6}? (?:said|says|claims|told me) (?:he|she|it) (?:fell|tripped|walked into|bumped|slipped)\b(?: \w+){0,3}? (?:do not believe|not sure|does not add up|doubt|can not believe|too scared|will not say|did not believe)\b",
        ),
    },
    "threat": {
        "clear": (
            # a threat said in passing, repeated: "you will regret it he keeps saying"
            r"\byou (?:will|are going to) (?:regret (?:it|this|that|the day|ever)|be sorry|pay for (?:it|this|that))\b(?: \w+){0,2}? (?:he|she) (?:said|says|keeps saying|kept saying|told me|tells me|whispers|whispered|texted|texts)\b",
            r"\b(?:sent|sends|texted|posted|showed)(?: me)? (?:a )?(?:photo|picture|pic|image|video|snap)\b(?: \w+){0,3}? (?:knife|gun|knives|guns|bullet|bullets|grave|coffin|noose|rope)\b",
            r"\b(?:next time|one more time)\b(?: \w+){0,6}? (?:will|would) be the last\b",
            r"\bor (?:else )?he (?:will|would|is going to) (?:do something|hurt|kill|make (?:me|you) (?:pay|regret|sorry)|lose it|snap|break|smash|end)\b",
            r"\bmake it look (?:like )?(?:an accident|a suicide|suicide|i did it myself|i fell|self defen\w*)\b",
            r"\b(?:made|makes|mimed|mimes|did|does|making) (?:a )?(?:gun|pistol|finger gun|throat slit\w*|cut throat|slitting)(?: \w+){0,2}? (?:sign|gesture|motion|with (?:his|her) (?:fingers?|hand))\b|\b(?:pointed|points|pointing) (?:it|his fingers?|her fingers?|a finger gun) at my head\b|\b(?:drew|draws|ran|runs|dragged|drags|drawing) (?:a|his|her) finger across (?:his|her|my) throat\b",
            r"\b(?:easy|easily|how to|ways? to|going to|planning to|plans to|wants? to|will|would|could) (?:\w+ ){0,4}?(?:get rid of|dispose of|do away with|bump off) (?:me|you|my body)\b",
            rf"\b{MESSAGE}\b(?: \w+){{0,3}}? (?:saying|said|says|that|reading|telling me)\b(?: \w+){{0,12}}? (?:{THREAT_OBJ}|{THREAT_BODY}|{THREAT_VEILED}|{THREAT_DEATH}|{THREAT_LEVER})",
            r"\b(?:coming|come|came|going) (?:round|over|back|home|here)(?: \w+){0,2}? to (?:sort (?:me|you) out|deal with (?:me|you)|teach (?:me|you)|get (?:me|you)|finish (?:me|you)|do (?:me|you) (?:in|over)|kill|hurt|batter|beat|smash)\b",
            r"\bgiv\w* me (?:death )?threats\b|\bdeath threats?\b|\bthreatening (?:messages|texts|calls|voicemails|letters|notes|emails)\b",
            rf"{AW} {SAY}\b(?: \w+){{0,10}}? (?:ruin my life|take everything|watch my back|sleep with one eye open|accidents happen|last (?:call|thing|time) (?:i|you)|hurt (?:whoever|anyone|anybody)|regret the day)",
            r"\b(?:watch (?:my|your) back|sleep with one eye open|accidents happen to)\b",
            r"\bthreaten\w* (?:the|our) (?:dog|cat|kids|children|family|pets?|baby)\b",
            r"\b(?:i|you) (?:will not|would not) (?:live|survive|make it) (?:to|through|until|past)\b",
            r"\b(?:i am|you are|i would be|you will be) (?:done for|dead meat|a dead (?:woman|man))\b|\bdone for good\b",
            r"\b(?:make|makes) (?:me|you) disappear\b|\bpeople who can (?:hurt|make|get)\b",
            r"\bif i (?:go|went|talk|talked|call|called) to (?:the )?(?:cops|police|anyone|a lawyer|court)(?: \w+){0,4}? (?:he|i) (?:will|would|is going to) (?:finish|kill|hurt|end|make|get|take)",
            r"\b(?:end up|ended up|wind up) (?:in a ditch|dead|in the (?:river|ground|morgue)|in a box)\b",
            r"\b(?:grave|tombstone|coffin)(?: \w+){0,3}? (?:with )?my name\b|\bmy name on (?:a|the) (?:grave|tombstone|bullet)\b",
            r"\b(?:use|using) (?:the|his|a|her) (?:gun|knife|rifle|shotgun)(?: \w+){0,3}? (?:if|on me|when)\b",
            r"\b(?:slit|cut) (?:my|your) throat\b",
            # said last: "he told my friend he's going to get me", "... or else" (the whole text is read for its end)
            rf"{AW} {SAY}\b(?: \w+){{0,12}}? (?:(?:going to|gonna|will|would|is coming to|coming to) get (?:me|you)|or else)$",
            # reported speech: one walk over "he ... said ..." tries every kind of threat (cheaper than one rule each)
            rf"{AW} {SAY}\b(?!{TRIFLE_IF})(?: \w+){{0,12}}? (?:{THREAT_OBJ}|{THREAT_BODY}|{THREAT_VEILED}|{THREAT_DEATH}|{THREAT_LEVER})(?!(?: \w+){{0,8}}? (?:we (?:both )?(?:laughed|were laughing|cracked up|fell about)|both (?:laughed|cracked up|fell about)))",
            r"\bi (?:will|would|am going to|swear i will|am gonna|swear to god i will) (?:kill|end|hurt|murder|destroy|bury|shoot|stab|finish|strangle) you\b",
            r"\byou (?:will|would) (?:not|never) (?:get up|wake up|walk again|see the kids|see daylight)|\byou are dead\b|\byou will (?:pay|be sorry|regret)",
            rf"\bif (?:i|you)(?: \w+){{0,2}}? {LEAVE}\b(?: \w+){{0,8}}? (?:he|i)(?: \w+){{0,3}}? (?:kill|hurt|harm|find|hunt|take the|burn|end|ruin|destroy|shoot|stab|beat|make (?:me|you|sure)|regret|be sorry|pay)\b",
            rf"\b(?:kill|hurt|harm|bury|end|shoot|stab|find|murder|beat) me if i {LEAVE}"
            r"(?!(?<=tell|told)"
            rf"{_HER_NEWS})",
            rf"(?<!joking )(?<!jokes )(?<!joked )\b{A}(?: \w+){{0,2}}? (?:going to|will|would|gonna) (?:kill|murder|hurt|harm|strangle|choke|stab|shoot|beat) me\b(?!{TRIFLE_IF})(?! i (?:forgot|missed) (?:our|his|her|the|my) (?:\w+ ){{0,2}}?(?:anniversary|birthday|date night|reservation|booking|milk|bins)\b)(?!(?: \w+){{0,8}}? (?:we (?:both )?(?:laughed|were laughing|cracked up|fell about)|both (?:laughed|cracked up|fell about)))",
            r"\b(?:next time|one day|someday|one of these days)(?: \w+){0,6}? (?:worse|dead|kill|the hospital|you will not|i will not get)",
            r"\b(?:no one|nobody|noone) (?:will|would|is going to|could)(?: ever)? find (?:me|you|my body|your body)",
            r"\bif (?:he|she) can not have me\b",
            r"\bwhat happens to (?:women|girls|people|wives|those|anyone) who\b",
            r"(?<!~ or )\b"
            rf"{MY_JOKE_THREAT}{WORK_THREAT}{AT_A_FIRM}"
            r"threaten\w* (?:me|us|my|to (?!leave|divorce|break up|go\b|move out|quit|call it|end (?:it|things|the relationship|our)|cancel|stop|sell|tell (?:his|her) (?:mom|parents)|sing|dance|cook|bake|buy|join|retire|visit|bring|invite|wear|play|watch|shave|order|book|start|read|do (?:karaoke|a speech|the)|make (?:a speech|dinner|a toast)|give (?:away|up)|get (?:a|an) (?:dog|cat|tattoo|puppy|motorbike)|take up|emigrate\b(?!(?: \w+){0,4}? with (?:the|my|our) (?:kids|children|baby|son|daughter))|move (?:to|abroad|house|back|in with|out of (?:the|this) (?:city|town|country))\b(?!(?: \w+){0,4}? with (?:the|my|our) (?:kids|children|baby|son|daughter))))",
            r"\bmake sure i (?:never|regret|pay|suffer|disappear)\b",
            r"\bi am (?:dead|a dead woman|a dead man) if\b|\bmy name on it\b",
            r"\b(?:hunt\w*|track\w*) me down\b|\bcoming (?:for|after) me\b|\bcome after me\b|\bfind me (?:wherever|anywhere|no matter)",
            r"\b(?:going to|will|would) do me in\b",
            # "have me killed", "remember what happened to his last girlfriend", "finish the job next time"
            r"\bhave (?:me|you|us) (?:killed|hurt|done in|beaten|taken care of|taken out|dealt with|seen to|sorted out|shot)\b",
            r"\b(?:remember\w*|think about|knows?|look at|saw|said|says|told me|tells me|reminds? me|reminded me|asked|asks)\b(?: \w+){0,2}? what happened to (?:his|her|my|the|your) (?:last|ex|previous|old|first|other) ?\w*",
            r"\b(?:next time|one day|soon)\b(?: \w+){0,3}? finish (?:the job|what (?:he|i) started|me off|you off)\b|\bfinish what (?:he|i) started\b",
            # a secret kept by threat; tonight his last word
            r"\b(?:kill|hurt|harm|beat|take|get|punish|do something|make)\w*\b(?: \w+){0,5}? if (?:i|you|he|she|they|we) (?:ever )?(?:tell|told|tells|say|said|breathe) (?:anyone|anybody|a word|a soul|someone|a thing)\b"
            rf"(?!(?:(?<=anyone)|(?<=anybody)|(?<=someone)){_HER_NEWS})",
            r"\b(?:tonight|today|this weekend|tomorrow) (?:is|will be) (?:my|your) last (?:night|day)\b",
            # "hell end her if she talks", "keep your mouth shut", "nobody would find the body", "dont make me hurt you"
            r"\b(?:kill|hurt|harm|beat|end|finish|shut|sort|deal with)\w* (?:her|him|me|you|us)\b(?: \w+){0,3}? if (?:i|you|he|she|they|we) (?:ever )?(?:talk|talks|talked|speak|speaks|spoke|tell|tells|told|say|said|open (?:my|her|his) mouth|go to the police|goes to the police|report\w*)\b"
            rf"(?!(?:(?<=tell)|(?<=told)|(?<=tells)){_HER_NEWS})",
            r"\b(?:said|told me|says|tells me|warned me|or else)\b(?: \w+){0,2}? (?:to )?keep (?:my|your|her) mouth shut\b",
            r"\b(?:no one|nobody|noone) (?:will|would|is going to|could)(?: ever)? find (?:the|a|her|my|your) (?:body|bodies)\b",
            r"\b(?:do not|dont) make me (?:hurt|hit|kill|punch|slap|smack|do something)\b",
            r"\b(?:ill|youll) regret (?:it|this)\b(?: \w+){0,2}? if (?:i|you) (?:go|leave|tell|do)\b|\bhell (?:end|hurt|kill|burn|break|smash|shoot|stab|finish|sort)\b (?:me|you|her|him|us|the kids)\b",
            r"\b(?:next time|one day|soon)\b(?: \w+){0,4}? finish (?:me|you)\b",
            r"\b(?:ill|hell) (?:break|smash|snap|cave|knock|bash|punch|kill|hurt|end|burn|bury|slit|cut|stab|shoot|strangle|drown|finish) (?:your|you|her|his|my|me)\b",
            r"\b(?:did time|went to prison|went down|got locked up|served time|was inside) for (?:hurting|beating|killing|attacking|stabbing|assaulting)\b(?: \w+){0,8}? (?:he|i) (?:could|would|will|can|might) do the same\b",
            r"\b(?:would have|could have|will have|should have) done (?:me|you) in\b|\bover (?:my|your) dead body or (?:yours|mine)\b",
            # a fall or an accident promised: "you'll have an accident on the stairs one of these days", "lots of ways an old lady can fall"
            r"\b(?:said|says|told|tells|warned|warns|reminds|reminded|joked|jokes|hinted|hints)\b(?: \w+){0,5}? (?:i|you) (?:will|would|might|could|are going to|am going to|may) (?:have|meet with|suffer|take) (?:an|a nasty|a little|a bad|some sort of|a terrible|a tragic|a fatal) (?:accident|fall|tumble)\b",
            r"\b(?:said|says|reminds me|reminded me|told me|tells me)\b(?: \w+){0,2}? (?:that )?accidents (?:happen|can happen|do happen)\b|\b(?:lot of|lots of|many|plenty of|all sorts of) ways (?:\w+ ){0,3}?(?:can|could|might) (?:fall|die|get hurt|have an accident|disappear|go missing|fall down|not get up|end up)\b|\bfall (?:down )?and not get up\b",
            r"\b(?:wring|snap|break) (?:my|your) (?:scrawny |little )?(?:neck|throat)\b(?! (?:if|when) (?:i|you) (?:forget|miss|lose|break|am late|spend|burn|do not (?:call|come|show))\b| for (?:forgetting|losing|missing|breaking|being late|spending|burning|buying|leaving the)\b)",
            r"\b(?:said|says|going on about|goes on about|talks about|talking about|reminds me|reminded me|jokes|joked|mentions|mentioned|tells me|told me)\b(?: \w+){0,3}? (?:how |that )?(?:people|women|wives|girls|someone|a woman|folk|bodies) (?:go|goes|went|can go|could go|have gone|get|are never) (?:missing|found|lost)\b",
        ),
        "possible": (
            rf"\b{A}(?: \w+){{0,2}}? (?:is|was|are) killing me\b(?! (?:after|from) (?:that|the|a|all that|all the) (?:\w+ )?(?:wedding|party|walk|hike|shift|run|gig|dancing|night out|match|day out|concert))",
            rf"\b{SAY}\b(?: \w+){{0,4}}? knows? where (?:i|my|you|your|the kids|we) (?:\w+ )?(?:am|lives?|live|are|is|stay\w*|sleep\w*|work\w*|go to school)\b",
            rf"\b{SAY}\b(?: \w+){{0,3}}? (?:watch yourself|you have been warned|last warning|final warning|accidents (?:happen|can happen))\b",
            r"\b(?:said|says|whispered|hissed|muttered|growled|told me)\b(?: \w+){0,2}? wait (?:till|until) (?:we|i|you) get (?:home|back|in|you home|inside)\b(?! (?:to|and) (?:open|see|show|try|eat|watch|have|unwrap|tell|give|hear)\b)",
            r"\b(?:he|she) (?:will|would|is going to) (?:come|turn up|show up|go|drive) (?:to|round to) my (?:uni|work|job|school|office|college|house|parents|moms|dorm|halls|flat)\b(?: \w+){0,3}? (?:and )?(?:make a scene|cause a scene|kick off|embarrass me|humiliate me|tell everyone|ruin|show everyone)\b|\b(?:a scene|a lesson|something) (?:i|you) will never forget\b",
            r"\b(?:will not|would not|can not|could not) be (?:held )?responsible for (?:what (?:he|i) (?:does|do|did|might do|will do|would do)|his actions|my actions|himself|myself)\b",
        ),
    },
    "self_harm": {
        "clear": (
            r"\b(?:tablets|pills|meds|rope|razor|blade|blades)\b(?: \w+){0,5}? (?:thinking about (?:it|doing it|using (?:it|them))|thinking of doing it)\b",
            r"\b(?:thought|think|thinking|thoughts) (?:about|of) (?:not being here|not existing|not waking up|not being alive|being gone)\b|\btak\w* myself out of the (?:picture|equation)\b|\bremove myself (?:permanently|for good)\b",
            r"\bbleed(?:ing)? out\b|\bbleed to death\b|\b(?:garage|car)\b(?: \w+){0,4}? (?:engine|motor) running\b|\bhose (?:from|to|on) the exhaust\b",
            r"\b(?:wrote|written|writing|write|left|leaving) (?:\w+ )?(?:letters?|notes?|goodbyes?) (?:to|for) (?:my|the|everyone|everybody)\b(?: \w+){0,4}? (?:in case|for when i am gone|for after|to read after|when i am gone|if anything)",
            r"\b(?:edge of|on the edge of|over the edge of|off the edge of) (?:the|a) (?:platform|bridge|cliff|roof|rooftop|building|balcony|tracks|car park)\b(?: \w+){0,5}? (?:thinking|thought|think|wondering|jump|step|fall|let go|end it|how easy)|\b(?:thinking|thought|think|thoughts) (?:about|of) (?:(?:stepping|jumping|falling|throwing myself) (?:off|in front|into|out)|walking (?:off|in front|out in front|into (?:the )?(?:sea|ocean|river|lake|water|traffic|road|canal|path of)))\b(?!(?: \w+){0,2}? (?:at (?:sunrise|sunset|dawn)|with the (?:dog|kids)|for a (?:swim|paddle|dip)|to cool off)\b)",
            r"\bunaliv\w* (?:myself|me)\b|\bkms\b",
            r"\bswallow\w*(?: \w+){0,2}? (?:everything|all of it|the lot|whatever)(?: \w+){0,4}? (?:cabinet|cupboard|drawer|bottle|box|pills|meds)\b",
            r"\b(?:do not|can not|never) (?:really )?see (?:a|any) (?:future|way out|point) (?:for me|ahead|anymore)\b|\bno future for me\b",
            r"\b(?:said|told(?: \w+){1,2}|saying) goodbye(?: \w+){0,4}? (?:last time|for good|forever)\b",
            r"\b(?:go to sleep|sleep|disappear|rest) forever\b|\bnever (?:wake|come) back\b",
            r"\bstop breathing\b|\b(?:scratch\w*|cut\w*|burn\w*) (?:my|at my) (?:arms|wrists|legs|skin)\b(?: \w+){0,3}?",
            r"\btired of being alive\b|\bonly way out\b",
            r"\bhow (?:much|many)(?: \w+){0,4}? (?:meds|pills|tablets|medication|insulin|sleeping)(?: \w+){0,3}? (?:would be enough|it takes|it would take|to (?:die|not wake up|end it))",
            r"\b(?:wants?|wanted|wish) to (?:not exist|stop existing|not be alive|not be here)\b",
            r"\b(?:easier|better|simpler) (?:for everyone )?if i (?:was|were|was not|were not|wasnt) (?:not )?(?:here|around|alive|gone|dead)\b",
            r"\b(?:train tracks|railway|the tracks|bridge|cliff|rooftop|roof|ledge|overpass)(?: \w+){0,5}? (?:thought about it|think about it|thinking about it|jump|end it)",
            r"\b(?:gave|giving|give) away (?:my|all my) (?:stuff|things|belongings)\b",
            r"\b(?:a )?burden (?:to|on) (?:everyone|everybody|you all|my family|him|them)\b(?! (?:when|whenever|if) i (?:moan|vent|complain|rant|whinge|whine|go on|ask (?:for|him|her)|need a lift|talk about (?:work|my job|money))| with (?:all )?my (?:moaning|complaining|whinging|venting|ranting))",
            r"\b(?:relieved|better off|happier) if i (?:was|were|am|died|disappeared)\b",
            r"\b(?:pills|tablets|meds)(?: \w+){0,4}? (?:hoping|so) i (?:would not|will not|do not|wouldnt) wake up\b|\bhoping i (?:would not|will not|do not) wake up\b(?! (?:the|him|her|my|his|our|your|early|late|in time|on time|before|for|to)\b)",
            r"\b(?:hold|holding|held|looking at|look at|stare at|staring at)(?: \w+){0,1}? (?:the |a |my )?(?:razor|blade|knife|pills|rope|gun)(?: \w+){0,3}? (?:think|thinking|thought) about (?:it|using it|doing it)\b",
            r"\bplanning (?:how|when) (?:to|i will|i would) (?:do it|end it|die|kill myself|go)\b|\bi am planning (?:how|when) to do it\b",
            r"\b(?:taking|take|swallow\w*|down\w*) (?:him|them|those|the pills|the tablets|the meds) all\b",
            # "I don't want to hurt myself": the thought, unwanted: a calm check first (wave 16, helper bl; a possible rule below)
            rf"\b(?!(?<=\bi do not want to )\w+ myself or anything\b)(?!(?<=\bi do not want to )(?:hurt|harm) myself\b(?! again\b| anymore\b| any more\b))"
            rf"(?:kill|hurt|harm|cut|end|starve|poison|drown|hang|shoot|burn) myself\b{BORED}",
            r"\b(?:killing|hurting|harming|cutting|ending|starving|burning) myself\b",
            r"\bself[ -]?harm\w*|\bsuicid\w*\b(?! prevention| awareness| walk| hotline| helpline| line| lifeline| squad| rate)|\boverdos\w*|\btake my (?:own )?life\b",
            r"\bend(?:ing)? (?:it all|my life|my own life|everything|things for good)\b",
            r"(?<!in the )(?<!at the )(?<!by the )(?<!on )\bend it\b(?! with| between| for| off| now with)(?: \w+){0,2}$",
            r"\b(?:thinking|thought|think) (?:of|about) ending it\b(?! (?:with|between|for|off))(?! because we\b)(?!(?: \w+){0,3}? (?:the|our|my) (?:relationship|marriage|engagement)\b)",
            r"\b(?:do not|never|no longer) want to (?:live|be alive|exist|wake up)\b(?! early| late| at \w+| before| in the| for (?:work|school)| with| there| here| in (?:this|that|a|the))",
            r"\b(?:do not|never|no longer) want to (?:go on|be here|be around|carry on|keep going)(?:(?: \w+)? (?:anymore|any more|like this)\b|$)",
            r"(?<!boring i )(?<!embarrassing i )(?<!cringe i )(?<!awkward i )\b(?!(?<=\bi do not )want to die or anything\b)"
            rf"{I_MADE_IT}"
            r"(?:want|wanted|wanting|going|ready) to die\b",
            r"\bwish i (?:was|were|could be) (?:dead|gone)\b|\bwish i (?:had |would |would have )?never (?:been born|woken up|existed)\b",
            r"\b(?:(?:fall|falling|fell) asleep|(?:fall|go|went|going) (?:to )?sleep) and (?:not|never) wake up\b|\b(?:not|never) (?:to )?wake up (?:again|ever|tomorrow)\b",
            r"\bdone with (?:life|living|being alive|everything)\b",
            r"\b(?:no|no more|nothing|not any) (?:reason|point) (?:(?:to|in) )?(?:live|living|go on|going on|keep going|me being here|being here|being alive)\b(?! about| and on| at)",
            r"\bpoint of (?:me being here|living|going on|being alive|me\b|my life|it all|anything anymore)",
            r"\bnothing (?:left )?to live for\b|\bbetter off dead\b|\bnot worth living\b(?! without (?:chocolate|coffee|cake|wine|tea|music|sleep|sunshine|cheese|pizza|biscuits|gin|beer)\b)",
            r"\b(?:better|fine|happier|easier)(?: off)? without me\b(?! (?:\w+ing|at|for|on|there|in the \w+|to \w+)\b)",
            r"\b(?:fine|better|happier|easier) if i (?:was|were|am|was not|were not|wasnt) (?:gone|not around|not here|dead|around)",
            r"\b(?:no one|nobody|noone|none of them|anyone|anybody) (?:would|will|is going to|wouldnt)(?: even| ever)? (?:miss|notice|care)(?: if)? (?:me|i)\b",
            r"\b(?:disappear|vanish) (?:forever|for good|and never come back)\b",
            r"\b(?:tired of|sick of) (?:living|being alive|existing|life)\b(?! (?:in (?:this|that|the|a|an|my)|with (?:my|his|her|the|a)|next to|at (?:my|his|the)|on (?:a|the))\b)",
            r"\b(?:sav|stash|hoard|stockpil|collect|keep|kept|hid|hide|hiding|bought|buying|count)\w*(?: \w+){0,4}? (?:pills|tablets|meds|medication|sleeping pills|sleeping tablets|painkillers|paracetamol|tylenol|insulin)\b(?! (?:into|in to|out for|for (?:the|his|her|my|mom|dad|nan|gran) (?:week|dosette|pill box)|for the week)\b)"
            rf"{SO_I_REMEMBER}"
            rf"{OUT_OF_REACH}{COUNTED_FOR_THE_DOSE}",
            r"\b(?:pills|tablets|meds) (?:all )?(?:lined up|ready|saved|stashed|hidden|counted out)\b",
            rf"\bhow many (?:pills|tablets|paracetamol|painkillers|tylenol|sleeping pills)\b{DAYS_DOSE}(?! (?:should i take|do i take|can i take|i need|to take|are left|i have left|left|a day|per day|in (?:the|a) (?:box|packet|day)|for (?:a|my|the) (?:headache|migraine|cold|holiday|week|trip)|does he take|should he take)\b)",
            r"\b(?:took|take|taking|swallow\w*|down\w*)(?: \w+){0,2}? (?:all|bunch|handful|lot|load|whole bottle|box) (?:of )?(?:my |the |his |her |those )?(?:pills|tablets|meds|painkillers)\b(?! (?:in the morning|this morning|at (?:once|the same time) in the morning|with (?:food|breakfast|dinner|lunch|my tea)|at breakfast|before bed|like the doctor said|as prescribed)\b)",
            r"\b(?:take|taking|took) all (?:my|the|those|his|her) (?:pills|tablets|meds)\b(?! (?:in the morning|this morning|at (?:once|the same time) in the morning|with (?:food|breakfast|dinner|lunch|my tea)|at breakfast|before bed|like the doctor said|as prescribed)\b)",
            r"\b(?:drive|crash|driving|crashing|drove|crashed|steer\w*)(?: \w+){0,3}? (?:into|off) (?:a|the) (?:wall|tree|bridge|cliff|river|road|motorway|highway|freeway|overpass|embankment|quarry|pier|canal|traffic|lorry|truck|oncoming)",
            r"\bcrash\w*(?: \w+){0,2}? on purpose\b",
            r"\b(?:jump\w*|throw myself) (?:off|from|in front of)\b|\babout jumping\b(?! (?:on|in|into|at|ship|the gun|to|up|for|around|through|onto|over the|out of (?:a|the) plane|back)\b)",
            rf"\bbought (?:a )?rope\b(?! for (?:the|a|my|our) (?:tree swing|swing|boat|tent|washing line|climbing|dog|garden|gym|hammock|tug of war)\b)|\bhang myself\b{BORED}",
            r"\b(?:goodbye|suicide) (?:note|notes|letter|letters)\b|\bletters to the kids\b",
            r"\bstarted cutting\b|\bcutting again\b|\bcut myself\b",
            r"\b(?:ways|how) to (?:die|kill myself|end it)\b",
            r"\b(?:i do not|do not) (?:see myself|think i will be) (?:still )?(?:being )?(?:here|around|alive)(?!(?: \w+){0,6}? (?:contract|notice|job|lease|shift|visa|term|company|team|office|moving|move)\b)",
            r"\bi will not be (?:here|around) (?:much longer|for long|by)\b",
            r"\bhave a plan (?:for|to) (?:how i would do it|end|do it|kill)\b",
            r"\bthe world would be better without me\b|\bworld (?:is|would be) better without me\b",
            # means made ready, places to fall from, water to walk into, goodbyes meant for good, plans with a date
            r"\b(?:engine|motor) running\b(?: \w+){0,4}? (?:garage|shed|doors? (?:shut|closed)|windows? (?:up|shut|closed))\b",
            r"\b(?:bridge|platform|cliff|cliffs|ledge|rooftop|roof|overpass|tracks|railway line|car park roof)\b(?: \w+){0,6}? (?:stood|stand|standing|sat|sit|sitting) (?:there|on the edge|at the edge)\b(?: \w+){0,3}? (?:a long (?:while|time)|for ages|too long|for hours|thinking|wondering|staring)",
            r"\bedge of (?:the|a) (?:platform|bridge|cliff|roof|rooftop|building|balcony|tracks)\b(?: \w+){0,3}? (?:too long|a long (?:time|while)|for ages|staring down|looking down)",
            r"\b(?:walk|walked|walking|wade|waded|wading|swim|swam|swimming) (?:in|into|out into)\b(?: \w+){0,4}? (?:and )?(?:not|never) (?:come|coming|came) (?:out|back)\b",
            r"\b(?:said|say|saying|told(?: \w+){1,2}) goodbye\b(?: \w+){0,8}? (?:meant it|for real|properly|for the last time|(?:like |as if )?it (?:was|is|would be) the last)",
            r"\b(?:scratch|bit|bite|biting|pinch|punch|hit|bang|slap|claw|pick|cut|burn)\w* (?:at )?(?:myself|my (?:own )?(?:arms?|wrists?|legs?|skin|thighs?|head))\b(?: \w+){0,2}? (?:till|until|so hard|and) (?:i|it) (?:bleed|bled|bleeds|bruise|bruised|bruises)",
            r"\b(?:will|life insurance|funeral|affairs|paperwork|accounts)\b(?: \w+){0,8}? (?:looked after|taken care of|sorted|provided for|set up) (?:\w+ )?(?:when|after|once|for when) i (?:go|am gone|die|am not here|am dead)\b",
            r"\b(?:pills|meds|tablets|rope|razor|blades?|whisky|vodka|booze|bottle)\b(?: \w+){0,8}? (?:is|was|that is) (?:my|the) plan\b|\bmy plan\b(?: \w+){0,4}? (?:pills|meds|tablets|rope|razor|blades?)\b",
            r"\bmy last (?:check in|note|message|entry|session|time talking to you|goodbye)\b(?: \w+){0,4}? (?:thank (?:you|u)|thanks|goodbye|bye|for everything)|\bthank (?:you|u) for everything\b(?: \w+){0,3}? (?:goodbye|bye|this is (?:it|my last))",
            r"\b(?:point|use|sense) (?:in|of) (?:me )?(?:going on|carrying on|living|being alive|being here|keeping going|waking up|trying anymore)\b",
            r"\b(?:rope|noose)\b(?: \w+){0,3}? (?:tied|ready|hung|hanging|set up|up)\b(?: \w+){0,3}? (?:loft|attic|garage|shed|beam|beams|rafters|banister|stairs|tree|ceiling)\b|\b(?:a|the|tied a|made a) noose\b(?! for (?:the |a |my |our |his |her )?(?:halloween|costume|fancy dress|play|panto|pantomime|decorations?|haunted|film|movie|show)\b)",
            r"\brather (?:be dead|die) than (?:keep|go on|carry on|live|living|stay\w*|be with|spend|another|face)",
            r"\bif i (?:got|get|was|were) (?:hit|run over|killed|knocked down)\b(?: \w+){0,8}? (?:relieved|relief|would not mind|would not care|welcome it|be fine|be glad|be okay|a blessing)",
            r"\b(?:would not|wouldnt|do not|would not really) (?:mind|care) (?:if i (?:died|did not wake up|never woke up|got hit|was gone|was dead|disappeared)|not waking up|dying)\b",
            r"(?<!slipped and he )(?<!slipped and i )(?<!accidentally )\b(?:burn|cut|starv|hurt|harm|hang|drown|poison)(?:s|ed|ing)? (?:herself|himself|themselves)\b(?! (?:on|with the|cooking|shaving|at|in the kitchen))|\bwants? to (?:kill|hurt|harm|end) (?:herself|himself|themselves)\b",
            r"\b(?:gave|give|giving|given|left|leaving)\b(?!(?: \w+){0,3}? (?:number|numbers|helpline|hotline|leaflet|leaflets|card|pamphlet|details|contact))(?: \w+){0,12}? (?:i will not|i would not|i do not|i am not going to) need(?: (?:it|him|them|any of it|anything|these|those))?(?:\b(?! \w)| anymore| any more| where i am going)",
            r"\b(?:gave|giving|given|give) (?:my|all my|away my) (?:\w+ ){0,6}?away\b(?: \w+){0,8}? (?:sorted|done|will not need|for after|when i am gone|in case)",
            r"\b(?:pills|tablets|meds|medication|painkillers|paracetamol)\b(?: \w+){0,6}? (?:lined up|counted|counting|in a row|laid out)\b"
            rf"{COUNTED_FOR_THE_DOSE}|\bhow (?:many|much) (?:is|would be|will be) enough\b",
            r"\bi (?:have|got|made|have got) a plan and a date\b|\b(?:do not|no need to|never) worry about me (?:after (?:that|today|tonight|this)|anymore|any more|when i am gone|ever again)\b",
            r"\b(?:world|anyone|people|family|kids|nobody|no one)\b (?:would|will|wouldnt) (?:not |never )?(?:even )?(?:notice|miss me|care)(?: if| when) i (?:was|were|am) (?:gone|dead|not here|not around)\b|\b(?:notice|miss me|care)(?: if| when) i (?:died|disappeared|vanished)\b",
            r"\bwhoever finds (?:this|it|me)\b|\bwriting (?:this|a note|a letter) (?:as )?(?:a )?goodbye\b",
            r"\b(?:thought|think|thinking|thoughts) (?:about|of) (?:not (?:getting out(?! of (?:bed|the car|the house|the pool))|coming (?:up|back|home|out))|going under|staying under)\b",
            r"\b(?:better|fine|happier|easier)(?: off)? without (?:a |an )?(?:\w+ ){0,2}?(?:mother|mum|mom|dad|father|wife|husband|burden|failure|mess|waste) (?:like )?me\b",
            r"\b(?:pills|tablets|meds|blade|blades|razor)\b(?: \w+){0,4}? tonight\b|\bhow (?:much|many)(?: \w+){0,4}? (?:meds|pills|tablets|medication|insulin|sleeping)(?: \w+){0,3}? (?:would it take|does it take|will it take)\b",
            r"\b(?:tired of|sick of|had enough of) (?:being here|being around|living|being alive|life)\b(?! (?:in (?:this|that|the|a|an|my)|with (?:my|his|her|the|a)|next to|at (?:my|his|the)|on (?:a|the))\b)",
            r"\b(?:tallest|highest) (?:bridge|cliff|car park|multi storey|overpass|rooftop)\b|^(?:i )?cut again(?: tonight| last night| today)?$|\bcut myself again\b",
            r"(?<!\bwe )(?<!in case but i )(?<!but i am fine i )\b(?:will not|would not|do not|am not going to) need (?:him|her|it|them)\b(?: \w+){0,2}?$",
            r"\bfor (?:her|him|them|you|my \w+) to find (?:afterwards|after|later|when i am gone)\b|\blooked up (?:the )?(?:tides|how high|lethal|overdose)\b",
            r"\b(?:rope|pills|tablets|blade|razor|gun)\b(?: \w+){0,12}? (?:thinking|think|thought) about (?:it|using it|doing it|them)\b|\bthought (?:through|about) how i (?:would|could|will|might)\b(?! (?:say|tell|ask|explain|word|bring|raise|put|pay|manage|afford|get))",
            rf"\b(?:keep\w*|kept|sav\w*|stash\w*|hoard\w*)\b(?: \w+){{0,5}}? (?:pills|tablets|meds|sleeping pills|sleeping tablets|painkillers)\b{SO_I_REMEMBER}{OUT_OF_REACH}{COUNTED_FOR_THE_DOSE}|\b(?:need|take|swallow) (?:them|him|it) all at once\b",
            # wishing for death said softly or piously: "a mercy if the lord took me", "i pray not to wake up", "go in my sleep"
            r"\b(?:mercy|blessing|relief|wish|pray\w*|hope|hoping|ask\w*|begg\w*)\b(?: \w+){0,4}? (?:the )?(?:good )?(?:lord|god|jesus|he upstairs|the man upstairs)\b (?:would |will |to |could )?(?:took|take|takes|came for|come for|called|call) me\b(?! (?:to|through|under|out|home to|back to)\b)",
            r"\b(?:pray\w*|wish\w*|hop\w*|beg\w*)\b(?: \w+){0,2}? (?:not to wake up|(?:i|that i) (?:would not|do not|will not|never) wake up(?! (?:the|him|her|my|his|our|your|early|late|in time|on time|before|for|to)\b)|to (?:die|be taken|go in my sleep|not be here)|i (?:die|go) in my sleep)\b",
            r"\b(?:drift\w* off|go to sleep|fall asleep|slip\w* away|nod\w* off)\b(?: \w+){0,3}? and (?:that would be|that will be|that is|that was|it would be|it will be) (?:that|it|the end)\b",
            r"\b(?:more|extra|double|twice|all) (?:of )?(?:the |my )?(?:sleeping )?(?:tablets|pills|meds|medication|painkillers) than\b(?: \w+){0,12}? (?:drift off|not wake|never wake|slip away|that would be that|to see if|hoping|for good)",
            # the way to go: "the gas oven would be a quiet way to go", "walk into the sea and keep walking"
            r"\b(?:quiet|quietest|painless|peaceful|gentle|gentlest|easy|easiest|quick and painless|clean|cleanest)\b way (?:to (?:go|die|end it|end things|do it|slip away)|out)\b(?! (?:to|about|home|there|back|through|round|around|for (?:the|a|dinner|lunch)|of (?:the|this|that|here|my|our|your|a|an|it|his|her))\b)",
            r"\b(?:keep|kept|keeps|just) (?:walking|swimming|wading|going) (?:into|out into|out to|in|out) (?:the )?(?:sea|river|lake|loch|water|waves|ocean|canal|tide|surf)\b",
            r"\b(?:river|sea|water|bridge|edge|drop|cliff|tracks|traffic|platform|ledge|balcony|lorry|train)\b(?: \w+){0,8}? how easy it (?:would|could|might) be\b",
            # goodbyes and the seasons she may not see
            r"\bin case i (?:am|will be|would be|was) (?:not|no longer) (?:here|around|alive)\b (?:next|by|after|tomorrow|much|for|anymore|any more|come)\b|\bgoodbyes? (?:properly|while i (?:still )?can|in case|for good|to everyone)\b",
            r"\b(?:would not|wouldnt|do not|would not really|not) (?:mind|care|be sorry)\b(?: \w+){0,2}? if i (?:did not|do not|never|was not to|were not to|would not|will not) (?:see|make it to|live to see|reach|get to|last (?:till|until|to)) (?:another|next|the next|one more|this)\b",
            # dark thoughts of harming oneself, said sideways: "doing myself a mischief", "do away with myself"
            r"\b(?:do|doing|did|done) myself (?:a (?:mischief|harm|damage|injury)|in)\b(?! (?:lifting|carrying|moving|on|with|at|if i|running|climbing|in the (?:garden|gym))\b)|\bdo away with myself\b|\bfinish myself off\b|\bdark (?:thoughts|places?|ideas)\b(?: \w+){0,4}? (?:about|of) (?:myself|ending|not|hurting|harming|going|doing myself|me)\b",
            # goodbyes posted then taken down; the means kept and used; methods looked up; abbreviations and pidgin
            r"\b(?:post\w*|wrote|typed|sent|put up|record\w*|draft\w*|upload\w*)\b (?:a |my )?(?:goodbye|farewell|final message|last message|suicide note|goodbye note|goodbye video)\b(?: \w+){0,10}? (?:then |and )?(?:deleted|took (?:it )?down|removed|unsent|archived|hid it)\b",
            r"\bplanned it\b(?: \w+){0,6}? (?:nobody|no one|noone|people|my parents|mom|dad) (?:can|could|will|would) (?:say|think|blame)\b(?: \w+){0,2}? (?:it is|it was|because|on|me)\b|\b(?:wait\w*|hold\w* on|hang\w* on) (?:until|till) after (?:christmas|the exams|my exams|her birthday|his birthday|the wedding|the holidays|results)\b(?: \w+){0,4}? (?:ruin|spoil|blame|nobody|no one)\b",
            r"\b(?:blade|blades|razor|razors|sharpener|compass|shard)\b(?: \w+){0,8}? i (?:use|used|using) (?:it|them|one)\b(?: \w+){0,3}? (?:whenever|when|every time|each time|after|if|on myself|on my)\b",
            r"\bk m s\b",
            r"\bunalive\b|\bi (?:no|nor|don|no dey) (?:want|wan|wan to|want to) (?:live|dey live|continue|wake)\b",
            r"\b(?:googl\w*|search\w*|look\w* up|looked up|research\w*|read\w* about|ask\w* (?:chatgpt|ai|the ai|siri|google))\b(?: \w+){0,3}? (?:painless ways|ways to die|how to die|how to end it|how many pills|overdose|lethal dose|quickest way to die|easiest way to die|painless way|how long it takes to (?:die|bleed out|drown))\b",
            # keepsakes handed over with no reason given; everything stopped for good
            r"\b(?:gave|given|giving|give)\b(?: \w+){0,3}? (?:my |all my |her |his )?(?:rings?|jewel\w*|watch|necklace|guitar|books|savings|dog|cat|car|things|stuff|clothes|favourite \w+|wedding ring|engagement ring|medals|bracelet)\b(?: \w+){0,6}? (?:need to know why|does not need to know|not to ask why|do not ask why|did not say why|will not need (?:it|them)|to remember me by|something to remember me)\b",
            r"\bi will stop everything\b(?: else)?(?: too| as well| for good|$)|\bstop (?:everything|it all) (?:else )?(?:too|as well|for good|forever)$",
        ),
        "possible": (
            r"\b(?:going to|gonna|will|about to|ready to) end it (?:tonight|today|now|soon)\b(?! with)",
            rf"\bdone with (?:all of it|it all)\b{DONE_WITH_WORK}",
            r"\b(?:put|putting|got|getting) my affairs in order\b",
            r"\bi (?:want|wish i could|would like) (?:to )?disappear\b(?! (?:for|under|into) (?:a|the) (?:weekend|day|week|blanket|duvet|book)\b)",
            r"\b(?:can not|do not|no longer) see (?:a|any) way out\b",
            r"\b(?:want|need) everything to (?:\w+ ){0,3}?stop\b",
            rf"\bhow (?:much )?longer i can (?:keep going|go on|do this|take it)\b(?!{GRIND})",
            r"\bcan not (?:do|take|handle|cope with) (?:this(?! (?:exercise|app|skill|quiz|puzzle|crossword|level|game|homework|essay|assignment|workout)\b)|it|any of this|this life)(?: \w+){0,2}? anymore\b(?! the (?:bickering|arguing|nagging|rowing|squabbling|mess|noise|snoring|bins|dishes)\b)",
            rf"\bcan not (?:keep (?:doing this|going)|go on)\b(?!{GRIND})",
            r"\b(?:want|need) (?:it|everything|this|the pain) (?:all )?to (?:stop|end)\b",
            r"\btired of (?:everything|it all)\b(?! being (?:so |such )?(?:hard|a struggle|a fight|a battle|an effort|such hard work|hard work|the same|samey|boring)\b)(?! the (?:bickering|arguing|nagging|rowing|squabbling|mess|noise|snoring|bins|dishes)\b)(?! (?:at|in|about|with) (?:work|the office|school|uni|college|my job|this job|the job|the wedding|the move|the house move|the renovation)\b)",
            r"\bwhat is (?:even )?the point(?: anymore)?$",
            r"\bgiving up on (?:life|everything|myself)\b",
            r"\bgive up on (?:life|everything|myself)\b",
            r"\b(?:picture|picturing|imagine|imagining|plan|planning|think\w* about|dream\w* about) my (?:own )?funeral\b",
            r"\bif (?:anything|something) (?:happens|happened|were to happen|was to happen) to me\b(?: \w+){0,6}? (?:give|have|take|look after|goes to|go to|is for|are for)\b|\b(?:give|leave)\w* (?:\w+ ){0,4}?to (?:my \w+|him|her) if (?:anything|something) happens to me\b",
            r"\b(?:thinking|thought|think) (?:about|of) (?:the )?(?:train tracks|tracks|railway line|railway tracks|ledge|overpass)\b",
            r"\b(?:passwords|things|stuff|belongings|affairs|accounts|pets?|dog|cat)\b(?: \w+){0,6}? (?:when|after|once|for when) i (?:am gone|am dead|die\b|go$)",
            r"\b(?:disappear\w*|gone|not here|not around|dead)\b(?: \w+){0,4}? (?:for the best|better that way|better for everyone|best for everyone)\b",
            r"\bropes? (?:is )?(?:in|under|up in) the (?:shed|boot|garage|loft|attic|wardrobe)\b|\bwrote (?:the|my|all the) (?:letters|notes|goodbyes?)\b(?: \w+){0,2}? already\b",
            r"\bwho gets (?:my|your) (?:\w+ ){0,2}?(?:jewel\w*|books|things|stuff|belongings|clothes|ring)\b|\b(?:gave|giving|give|given) away all (?:my|of my)\b",
            r"\b(?:do not|can not|could not) (?:see|know) how (?:i can|i could|i am going to|i will|to) (?:keep going|go on|carry on|keep on|keep doing this|get through another|keep this up|last)\b",
            r"\bi (?:kinda |sort of )?(?:hope|wish|pray)\b(?: \w+){0,2}? (?:the |my |this |a )?(?:uber|taxi|cab|bus|plane|flight|train|car|lorry|truck|lift)\b(?: \w+){0,3}? (?:crash\w*|hits? me|runs? me over|goes off the road|goes down|falls)\b",
            r"\bi (?:am|will|do not think i (?:am|will)) (?:never|not ever|ever) (?:going to )?(?:be|get)(?: (?:okay|ok|alright|all right|fine|better|happy))?(?: again)?(?:$| and\b)",
        ),
    },
    "violence": {
        "clear": (
            r"\bput me on the (?:floor|ground|deck)\b|\b(?:he|she) (?:kept|keeps|kept on|carried on|would not stop|did not stop) (?:kicking|punching|hitting|slapping|beating|choking|strangling)\b",
            r"\b(?:tried|tries|trying|try) to (?:break|snap|dislocate) my (?:arm|wrist|neck|leg|fingers?|nose|jaw|ribs)\b",
            r"\b(?:slap\w*|smack\w*|knock\w*|punch\w*|kick\w*|hit|hits|whack\w*|swipe\w*)\b (?:the |my |a )?\w+ (?:off|out of|from) my (?:face|head|hand|hands|nose|mouth)\b",
            r"\bwhat (?:he|she) (?:did|has done|had done) to my (?:face|eye|eyes|nose|arm|arms|neck|ribs|jaw|lip|lips|back|head|wrist)\b",
            rf"\b{STRONG_MORE} {ME}",
            r"\b(?:took|takes|taking) (?:a swing|swings) at me\b|\bputs? hands on me\b",
            r"\b(?:pulled|kicked|yanked|pushed|took|whipped) (?:the |a |my )?(?:chair|stool|ladder|seat)(?: out)? (?:from )?under (?:me|my)\b",
            r"\bmy (?:arm|wrist|hand|finger|fingers|leg|ankle|knee|shoulder|nose|jaw|rib|ribs|neck|back)\b(?: \w+){0,6}? (?:since|after|because|where|when) (?:he|she) (?:twisted|broke|bruised|sprained|dislocated|cracked|fractured|burnt|burned|bit|stamped on|stood on|slammed|hit|kicked|punched|grabbed|yanked|bent|pulled|squeezed) (?:it|them)\b",
            r"\bknock\w* me (?:clean |right |spark |stone cold )?(?:out|unconscious|senseless|flying|to the (?:floor|ground))\b(?! of\b| with\b)",
            rf"{AW} (?:trapped|shut|slammed|caught|crushed|jammed) my (?:hand|hands|fingers?|arm|leg|foot|head|thumb) in (?:the|a) (?:door|car door|drawer|window|boot|trunk)\b",
            r"\b(?:ran|run|runs|running|tried to run|drove|drives|reversed|backed) (?:the car |his car |her car )?(?:me|into me) (?:over|down)\b|\brun me off the road\b|\b(?:ran|run|runs|drove|drives|reversed|backed) (?:the car |his car |her car |the van )?(?:over|into) me\b",
            rf"{AW} (?:slam\w*|bang\w*|smash\w*|ram\w*|knock\w*|bash\w*|hit\w*|shov\w*|push\w*|thump\w*|crack\w*|forc\w*) my (?:head|face) (?:against|into|off|on|onto|through|in)\b",
            rf"{AW}(?: \w+){{0,4}}? (?:leaves?|left|leaving) (?:marks|bruises|welts|a mark|a bruise|handprints?)\b(?! on (?:the|a|our|his|my) (?:table|wall|floor|carpet|car|sofa|couch|counter|door|paint|wood|glass)\b)",
            r"\b(?:told|tell|tells|telling|say|said) (?:work|everyone|everybody|people|my \w+|the doctor|the nurse|the teacher|the hospital)(?: that)? i (?:walked into|fell|tripped|slipped|bumped into|fell down|fell over)\b"
            rf"{NOT_A_FALL}",
            r"\b(?:threw|throws|poured|pours|spilled|splashed|tipped|chucked)(?: \w+){0,4}? (?:hot|boiling|scalding|bleach|acid|coffee|tea|water|oil|soup)\b(?: \w+){0,3}? (?:on|at|over|onto|in) (?:me|my)\b",
            r"\b(?:flipped|tipped|pushed|threw|knocked|overturned|dropped|kicked) (?:the |a )?(?:\w+ )?(?:table|chair|shelf|bookcase|tv|wardrobe|dresser|fridge|sofa|couch|bed|desk) (?:onto|on|over|at) me\b",
            r"\bheavy handed with (?:me|us|the kids)\b|\bbeat\w* on (?:me|my)\b|\bboot\w* me\b(?! out| off| up| in the (?:butt|ass|backside)| up the)",
            rf"{AW} (?:squeez\w*|grip\w*|gripp\w*|clamp\w*|dug|digs) (?:my|me by the) (?:arm|arms|wrist|wrists|hand|hands|leg|shoulder|face|jaw|cheeks)(?: \w+){{0,2}}? (?:hard|too hard|really hard|until|till|that it|it bruised|hard enough|and twisted|and would not let go)",
            r"\b(?:held|holds|hold\w*|pinn\w*|pins|press\w*|trapp\w*|corner\w*) me (?:up )?(?:against|to|into) (?:the |a |my )?(?:\w+ )?"
            + LANDING
            + r"\b",
            r"\bpull\w* (?:a |out )?(?:chunks?|clumps?|handfuls?|fistfuls?) of my hair\b",
            rf"{AW}(?: \w+){{0,2}}? (?:is|has been|was|gets|can be|became|turned) (?:very )?(?:abusive|violent)\b{LONG_OVER}",
            r"\b(?:threw|throw\w*|trew|chuck\w*|fling\w*|flung|toss\w*|hurl\w*|shov\w*|push\w*|kick\w*|knock\w*|slam\w*|launch\w*|smash\w*|bang\w*|ram\w*|body ?check\w*|body ?slam\w*|barg\w*|swung|swing\w*) me (?:down|across|into|onto|against|through|off|out of|over|up against|to) (?:the |a |my |our |his |her )?(?:\w+ )?"
            + LANDING
            + r"\b",
            r"\b(?:i|we) (?:was|were|got|get|have been|been|am) (?:thrown|shoved|pushed|knocked|slammed|dragged|kicked|chucked|flung|hurled|rammed) (?:down|across|into|onto|against|through|off|out of|up against) (?:the |a |my )?(?:\w+ )?"
            + LANDING
            + r"\b",
            r"(?<!dog )(?<!dogs )(?<!cat )(?<!cats )(?<!pig )(?<!puppy )(?<!kitten )(?<!horse )(?<!pony )(?<!parrot )(?<!rabbit )(?<!hamster )\b(?:drag\w*|yank\w*|haul\w*|pull\w*) me (?:\w+ ){0,4}?(?:by (?:the |my )?(?:hair|arm|arms|neck|throat|collar|ankles?|legs?|feet|wrists?|ear|ears|clothes|shirt|hoodie|jacket)|across (?:the )?(?:floor|room|kitchen|hallway|yard|garden|road|street|car park)|down (?:the )?(?:stairs|hallway|hall|steps|street|road)|along (?:the )?(?:floor|hallway|hall|ground|road|street))\b",
            rf"{AW} (?:knocked|punched|kicked|smashed|chipped|loosened|busted|bust|burst|dislocated|sprained|bloodied|fractured|cracked|broke|split|bruised|blacked) (?:\w+ )?my (?:tooth|teeth|nose|jaw|lip|lips|eye|eyes|eardrum|ribs?|shoulder|wrist|arm|fingers?|thumb|cheekbone|eye socket|skull|collarbone|knee|ankle)\b",
            r"\bshape of (?:his|her) (?:hand|fist|fingers|belt|ring|boot|shoe|teeth|buckle)\b|\b(?:handprints?|hand prints?|finger ?marks|fingerprints|bite marks?|belt marks?|welts?) (?:on|across|around|all over|up and down) my\b",
            rf"{AW} (?:gave|gives|give|giving|given) me (?:of )?(?:a |an )?(?:\w+ )?(?:hiding|kicking|beating|hammering|thrashing|battering|doing|going over|seeing to|black eye|fat lip|bloody nose|split lip|busted lip|concussion|backhander|back hander|dead leg|dead arm|chinese burn|slap|smack|punch|thump|whack|clout|wallop|belt|kick|shove|headbutt|knuckle sandwich|box round the ears?|clip round the ear)\b(?! (?:on the (?:back|bum|butt|shoulder|arm)|under the table|of|for|at)\b)",
            r"\bbox\w* (?:me )?(?:round|around|on|in) (?:the|my) ears?\b",
            r"\bslam\w* (?:the |a )?(?:\w+ )?(?:door|lid|drawer|window|boot|trunk) (?:on|onto|into|against) my (?:hand|hands|fingers?|arm|leg|foot|head|wrist|thumb)\b",
            rf"\b(?:put|puts|stub\w*|press\w*|held|holds|hold\w*) (?:a |his |her |the )?(?:cigarette|cig|ciggie|smoke|fag|durry|rollie|joint|cigar|lighter|iron|match|spoon|curling iron|straighteners|hot \w+|lit \w+)(?: out)? (?:on|to|against|into) {ME}",
            r"\b(?:bent|bends|bend|bending|wrench\w*|crush\w*|squash\w*|trod on|treads on|tread on|stood on|stands on|stepped on|steps on|snapped|twist\w*) my (?:fingers?|thumbs?|wrists?|arms?|hands?|ankles?|toes?|foot|feet|knees?|neck|head)\b(?: \w+)? (?:back|backwards|behind|until|till|hard|on purpose|hard|deliberately|up my back)\b",
            r"\b(?:handy|quick|free) with (?:his|her|their) (?:fists|hands|belt)\b|\b(?:uses|used|using|use) (?:his|her) (?:fists|belt) on (?:me|us|the kids)\b",
            rf"{AW} lash\w* out\b(?: \w+){{0,3}}? (?:and )?(?:caught|hit|got|struck|punched|clipped|cut|smacked) me\b",
            rf"{AW} (?:caught|clipped|clocked|cracked) me (?:right )?(?:in|on|across) (?:the|my) (?:eye|face|jaw|mouth|nose|head|ribs|cheek|lip|stomach|temple|chin|ear)\b",
            r"\b(?:it|things|the fight|the argument|the row|that|our fights|our arguments|arguments) (?:got|gets|get|turned|turns|became|becomes|went|has gotten|have gotten) (?:physical|violent)\b",
            r"\b(?:rough\w* me up|(?:knock|smack|slap|push|shov|throw|kick|bash|batter|chuck|swung|swing)\w* me (?:about|around|round))\b|\b(?:i|we) (?:was|were|got|get|gets|am|keep getting) (?:roughed up|knocked about|knocked around|slapped around|smacked about|pushed around|thrown around|beaten up|done over)\b",
            r"\b(?:me|left me|beat me|was|am|i am|i was) black and blue\b",
            r"\b(?:raised|raises|raise|raising|lift\w*) (?:his |her |a )?hands? (?:on|to|at|against) me\b|\bviolence (?:on|against|to|with) me\b",
            r"\b(?:backhand\w*|bitch slap\w*|pistol whip\w*|clothesline\w*|karate chop\w*|sucker punch\w*|headlock\w*|claw\w*|scald\w*) (?:at )?(?:me|my)\b",
            r"\b(?:smashed|broke|cracked|threw|hit|slammed)(?: \w+){0,3}? (?:on|over|across|against|into) my (?:arm|head|face|back|hand|leg|chest|body)\b",
            r"\b(?:sat|sits|kneel\w*|knelt|stood|stands) on (?:me|my (?:chest|back|arm|legs))\b",
            r"\b(?!knocked me (?:down|over) with a feather\b)(?:tackl\w*|body slam\w*|bodyslam\w*|threw|throws|shoved|pushed|knocked|slammed|smashed) me (?:to|into|onto|against|through|down|on) (?:the )?\w+",
            r"\bbeat (?:the (?:crap|shit|hell|life|living daylights)|seven bells) out of me\b",
            r"\b(?:threw|throws|thrown|poured|pours|spilled|splashed) (?:hot |boiling |scalding )?(?:coffee|water|tea|oil|drink|soup|bleach)(?: \w+){0,2}? (?:on|at|over) me\b",
            r"\b(?:pinch\w* me|nails into my|dig\w* (?:her|his) nails)\b",
            rf"(?<!dog )(?<!dogs )(?<!cat )(?<!cats )(?<!pig )(?<!puppy )(?<!kitten )(?<!horse )(?<!pony )(?<!parrot )(?<!rabbit )(?<!hamster )"
            r"(?<!gym )(?<!class )(?<!workout )(?<!session )(?<!hill )(?<!hills )(?<!marathon )(?<!training )(?<!bootcamp )"
            r"(?<!goalkeeper )(?<!keeper )(?<!goalie )(?<!defender )(?<!striker )(?<!opponent )(?<!bowler )"
            rf"\b{STRONG} {ME}(?!(?<=dragged me)(?: along (?:to|with)\b| on (?:(?:a|that|this|his|her|the|another) )?(?:hike|walk|run|trip|holiday|date|night out|tour|ride|ramble|bike ride)\b| on$))",
            rf"\b(?:{A}|him|her)\b(?: \w+){{0,10}}? {WEAK} {ME}",
            rf"\b(?:threw|throws|throw|throwing|trew|throwed|lobbed|lobs|chucked|chucks|hurled|hurls|flung|flings|launched|smashed|fired)\b(?: \w+){{1,6}}? at {ME}",
            r"\b(?:bruises?|bruised|marks|cuts|scratches|black eye|cracked rib|broken (?:rib|nose|arm|wrist|jaw|finger|tooth|teeth)|split (?:my )?lip|stitches|concussion)(?: \w+){0,6}? (?:from|where|because|after|when) (?:he|him|his)\b",
            rf"{AW} (?:broke|cracked|split|bruised|fractured|dislocated|bloodied|busted) (?:(?:one|two|three|four|a few|some|several|both|all) of )?my (?:nose|arm|ribs?|lip|jaw|wrist|fingers?|tooth|teeth|eye|head|cheekbone)",
            rf"{AW} gave me (?:a )?(?:black eye|bloody nose|concussion|fat lip|bruises?)",
            rf"\b{A}\b(?: \w+){{0,3}}? (?:gets|got|get|is|was|can be|becomes|became|turns|turned|being) (?:violent|physical|rough with me|handsy){LONG_OVER}",
            r"\b(?:i|we) (?:was|were|got|get|have been|been|am being|am|keep getting) (?:beaten|punched|slapped|kicked|attacked|assaulted|abused|battered|hit|shoved|knocked)(?: up| around| about| down)?\b(?! by (?:a|an|the) (?:\w+ )?(?:car|ball|bus|truck|bike|bill|fine|charge|fee|tax|storm|wave|virus|bug|flu|cold|heatwave|rates?|costs?|price|news))"
            rf"{HIT_WITH_A_BILL}",
            r"(?<!friend is )(?<!friend was )(?<!sister is )(?<!sister was )(?<!cousin is )(?<!neighbor is )(?<!colleague is )\bbeing (?:abused|beaten|hit|hurt|attacked|battered)\b",
            r"\b(?:this is|it is|i am in|experiencing|victim of|living with|suffering) (?:domestic|physical) (?:violence|abuse)\b",
            r"\b(?:held|holds|hold|holding|pinned|pins|pin|pinning) me down\b",
            r"\b(?:pull\w*|yank\w*|drag\w*) (?:me )?(?:by |across |down |out )?(?:my|the) (?:hair|floor|hallway|stairs)\b"
            r"(?!(?:(?<=ready to pull my hair)|(?<=want to pull my hair)|(?<=could pull my hair)|(?<=about to pull my hair)|(?<=going to pull my hair)|(?<=me pull my hair)|(?<=i pull my hair)|(?<=i am pulling my hair)) out\b)",
            r"\bhit me (?:with|across|in|so|over)\b",
            r"\bput me (?:in|through) (?:the |a )?(?:hospital|wall|window|table|a and e|the er|intensive care)\b",
            r"\b(?:her|his) (?:husband|wife|boyfriend|girlfriend|partner|ex|fella|bloke|man|ex boyfriend|ex husband)\b(?: \w+){0,2}? (?:hit|hits|beat|beats|beating|punched|punches|kicked|kicks|choked|chokes|strangled|attacked|assaulted|raped|abuses|abused|hurts|hurt|batters|battered) (?:her|him)\b(?! (?:in|during|at|playing) (?:a |the )?(?:football|rugby|game|match|tackle|training|practice|sport|boxing|sparring))",
            r"\b(?:black eye|split lip|fat lip|bloody nose|busted lip|broken nose|cracked rib)s? (?:again|this time|today|tonight|last night)\b|\b(?:got|has|have|had|with) (?:fresh |new |more )?(?:marks|bruises|a black eye|welts|cuts|burns) again\b",
            r"\b(?:cover\w*|hid\w*|hide) (?:it|them|the (?:bruises?|marks?|black eye)) (?:up )?(?:with|under) (?:makeup|concealer|foundation|long sleeves|sunglasses|a scarf)\b",
            r"\b(?:pushed|shoved|threw|kicked|knocked|dragged) (?:her|him) (?:down|into|onto|against|across|off) (?:the )?(?:stairs|wall|floor|ground|table)\b",
            r"(?<!\bhe )(?<!\bshe )(?<!\bkids )\b(?:got|get|had|copped|took) (?:a |another |the odd )?(?:slap|smack|punch|kick|beating|hiding|thump|whack|backhander|belt)\b(?! (?:on the wrist|out of|of|from (?:the|that) (?:film|show|book|game)))",
            r"^(?:he |she )?(?:grabbed|shoved|pushed|slapped|hit|kicked|punched|shook|yanked|dragged) me\b(?: \w+){0,2}? (?:hard|too hard|so hard|again|tonight|last night)\b",
            r"\b(?:black eye|bruises?|marks|split lip|cast|sling|stitches)\b(?: \w+){0,6}? (?:made up|make up|making up|told (?:her|him|them|everyone)) (?:a )?(?:story|excuse|lie)\b",
            # hurt hidden: a black eye under sunglasses, bruises under long sleeves
            r"\b(?:black eye|black eyes|bruises?|bruising|marks|split lip|fat lip|welts?|finger ?marks)\b(?: \w+){0,10}? (?:wore|wear|wearing|worn|put on|in|under) (?:my |a |big |dark |long |heavy |thick )*(?:sunglasses|shades|dark glasses|long sleeves|polo neck|turtleneck|high neck|scarf|makeup|make up|concealer|foundation)\b|\b(?:wore|wear|wearing|put on)\b (?:my |a |big |dark |long |heavy |thick )*(?:sunglasses|shades|dark glasses|long sleeves|polo neck|turtleneck|scarf|concealer|foundation)\b(?: \w+){0,6}? (?:to (?:hide|cover)|over|because of) (?:the |my |a )?(?:black eye|bruises?|bruising|marks|split lip|welts?)\b",
            r"\b(?:sore|bruised|cracked|aching|swollen|tender) (?:ribs|jaw|wrist|wrists|face|eye|lip|throat|neck|arm|arms)\b(?: \w+){0,2}? but (?:i am|i will be|it is)(?: fine| alright| all right| good| grand| ok now)?(?:$| and\b| really\b| now\b| honestly\b)",
        ),
        "possible": (
            r"\b(?:punch\w*|kick\w*|smash\w*|put (?:his|her) fist through) (?:walls?|the wall|holes in|doors?|the door|things)\b",
            r"\bgets? (?:right )?in my face\b|\bgot (?:right )?in my face\b",
            r"\b(?:went|goes|going) (?:crazy|nuts|mental|psycho|berserk|ballistic) (?:at|on) me\b(?! for \w+ing)|\b(?:lost it|flipped out|raged|exploded) (?:at|on) me\b",
            rf"\b{A}\b(?: \w+){{0,3}}? (?:gets|got|is|was|can be|becomes|been|being|getting|became|seems|acting|acts) (?:aggressive|scary|intimidating|threatening(?! to\b)|menacing|rough)\b(?!(?: \w+){{0,3}}? (?:(?:on|at) the (?:rugby |football |hockey |basketball |netball |cricket )?(?:pitch|field|court|rink|track)|when (?:he|she) plays|in (?:the|a) (?:match|game|scrum))\b)",
            r"\bintimidat\w* me\b",
            r"\b(?:a |the odd |the occasional |an occasional )?(?:shove|slap|smack|push|clip|thump|whack|punch|kick|backhander)s? (?:now and (?:then|again)|every (?:now and then|so often|once in a while)|here and there|from time to time)\b",
            r"\b(?:face|eye|lip|jaw|cheek|nose|eyes)\b (?:is |was |all )?(?:swollen|puffed up|busted|split)\b(?! (?:from|because of|with) (?:allergies|hay fever|the dentist|a bee|the wasp|a sting|an infection|crying|the heat))",
            r"\btooth\w* (?:is )?(?:loose|chipped|knocked out|broken|cracked)\b(?: \w+){0,2}? (?:after|since|from) (?:tonight|last night|he|him|the fight|what he)\b|\b(?:scuffle|fight|shoved|pushed)\b(?: \w+){0,6}? (?:ended up|landed) on the (?:floor|ground)\b",
        ),
    },
    "stalking": {
        "clear": (
            rf"\b{I_WAITED}(?:sits|sat|wait|waits|waited|parks|parked|sitting|waiting|parking)(?: \w+){{0,4}}? outside (?:my|the|our) (?:\w+ )?(?:house|work|flat|place|apartment|office|door|school|job|gym|parents|moms)\b",
            r"\b(?:found|turned up at|showed up at|knows|knew|got) (?:my|our) (?:new )?(?:address|flat|house|place|apartment)\b(?: \w+){0,6}? (?:never told|did not tell|though|although)\b",
            r"\bnever told (?:him|her|he) (?:the|my|our) (?:new )?(?:address|location)\b",
            rf"\bput (?:something|an app|a tracker|spyware|a tracking app|some app|an app) on my (?:phone|car|laptop|computer|tablet)\b{FOR_MY_HEALTH}|\blisten\w* in (?:on|to) (?:my|all my) (?:phone )?(?:calls|conversations)\b",
            r"\b(?:he is|he was|he has been|he is waiting|he waits|he waited|he sat|he sits|he is parked|he parks) (?:outside|across the (?:road|street) from) my (?:work|job|office|house|flat|school|gym|parents|moms)\b",
            rf"\b(?:calls|rings|rang|called|texts|texted|messages|messaged|phones|phoned) (?:me|my (?:work|phone|mom|office|friends|sister|family|mobile))(?: \w+){{0,2}}? (?:\d+|twenty|thirty|forty|fifty|sixty|a hundred|hundreds|dozens|loads) (?:of )?times\b{JUST_FUN}",
            r"\b(?:hidden|hid|taped|stuck|planted|found)\b(?: \w+){0,4}? (?:phone|camera|recorder|device|tracker|mic|microphone)\b(?: \w+){0,4}? (?:under|in|behind|inside) (?:my|the) (?:car|seat|bed|bag|room|bedroom|sofa|couch|desk)\b",
            r"\bknows? (?:what|things|stuff|everything) i (?:said|say|wrote|texted|told)\b(?: \w+){0,8}? (?:never told|did not tell|only told|have not told)\b",
            r"\bwatch\w* me (?:on|through|via|with) (?:the |a |his |her |our )?(?:camera|cameras|cctv|ring|doorbell|baby monitor|webcam|nest|monitor|security cameras?)\b",
            r"\b(?:camera|cameras|recorder|microphone|mic)\b (?:in|on) (?:the|my|our) (?:living room|lounge|kitchen|house|flat|bedroom|bathroom|room|car)\b"
            rf"{PET_CAM}"
            r"(?: \w+){0,4}? (?:watch|see|spy|check|listen|when he|while he|he)",
            r"\blisten\w* (?:in )?(?:to|on) (?:me|my calls|my conversations) (?:through|on|via) (?:the )?(?:echo|dot|smart speaker|speaker|baby monitor|app|phone|laptop|camera)\b|\blisten\w* (?:in )?(?:to|on) (?:me|my calls|my conversations) (?:through|on|via)(?: the)?$",
            r"\b(?:keeps|kept|keep) (?:turning|showing|popping) up (?:at|outside|on) (?:my|the|our|his|her) (?:\w+ )?(?:house|home|place|flat|door|doorstep|work|job|school|office|gym|church|class|parents|moms|sisters)\b",
            r"\bknows? (?:who|what|where) i (?:text\w*|call\w*|message\w*|went|go)\b(?: \w+){0,4}? (?:delete|never|did not tell|without)",
            r"\b(?:gps|tracker|tracking app) (?:in|on|under) my (?:car|phone|bag|purse)\b",
            r"\b(?:keeps|keep) (?:calling|texting|messaging) (?:me )?from (?:different|new|blocked|unknown) (?:numbers|accounts)\b",
            r"\bshows? up (?:outside|at) my (?:\w+ ){0,2}(?:class|gym|work|job|house|school|church|office)\b",
            r"\b(?:hired|paid|got|sends|sent) (?:someone|somebody|a man|a guy|his friends?|people) to (?:follow|watch|spy on) me\b",
            r"\bcheck\w* my (?:bank app|bank|statements|banking)(?: \w+){0,3}? (?:see|where|what)\b",
            r"\bknows? (?:every|everywhere|each) (?:place|where|time) i (?:go|am|went|leave)\b",
            r"\bnotifications? (?:every time|whenever|when) i (?:leave|go|arrive|get)\b",
            r"\b(?:made|makes|forced|forces) me (?:share|turn on|send)(?: \w+){0,1}? (?:my )?(?:location|gps)\b|\bfreaks? out if i (?:turn|switch) (?:it|my location|location) off\b",
            r"\b(?:driving|drives|drove|walks|walking|keeps driving) (?:past|by) my (?:house|place|work|flat|apartment)\b",
            r"\b(?:reads|reading|goes through|went through|going through|snoop\w* (?:in|through)) my (?:diary|journal|texts|mail|letters|notes)\b|\b(?:he|she) (?:\w+ ){0,2}?read my (?:diary|journal|texts|mail|letters|notes)\b",
            r"\b(?:calls|rings|checks with|phones) my (?:work|job|boss|office|friends|mom)(?: \w+){0,3}? (?:check|see|make sure) (?:i am|where i|if i)\b",
            r"\b(?:airtag|airtags|air tag|tile tracker|tracking device|gps tracker|hidden camera)\b(?! (?:on|in) (?:her|his|its|the|their|our) (?:\w+ )?(?:collar|keys|keyring|key ring|luggage|suitcase|bike|harness)\b| (?:thing )?(?:that )?i (?:put|stuck|bought|got|attached)\b)"
            rf"{TAG_ON_HIS_OWN}",
            r"\b(?:camera|cameras|recorder|microphone|mic) in (?:the|my|our) (?:bedroom|bathroom|room|car)\b",
            r"\bstalk\w*\b(?!(?<=\bi am stalking) (?:my |his |her |their |the |a )?(?:\w+ )?(?:holiday |wedding |old |new )?(?:photos|pics|pictures|posts|profile|instagram|insta|page|feed|socials)\b)(?! (?:the|a|some) (?:birds?|cat|cats|dog|dogs|mice|mouse|squirrels?|pigeons?|rabbits?|ducks?|prey)\b| people\b| (?:his|her|their|my) exs?\b| (?:the|a|some|his|her|my|our|all the) (?:\w+ )?(?:scores?|results?|forecast|weather|sales?|prices?|deals?|listings?|auctions?|fixtures|league table|odds|flights?|tickets|transfer news|fridge|biscuit tin|snacks?|bargains?|recipes?)\b)(?!(?: \w+){0,8}? (?:in a funny way|as a joke|jokingly|for a laugh)\b)|\bspyware\b|\bstalkerware\b|\btrack(?:er|ers|ing device)\b(?! (?:on|in) (?:her|his|its|the|their|our) (?:\w+ )?(?:collar|keys|keyring|key ring|luggage|suitcase|bike|harness)\b| (?:thing )?(?:that )?i (?:put|stuck|bought|got|attached)\b)"
            rf"{TAG_ON_HIS_OWN}"
            r"|\bgps (?:tracker|on my)",
            rf"{I_DID_IT}"
            r"(?<!\bi )(?<!\bnot )(?<!\bwithout )(?<!\bdaughter )(?<!\bson )(?<!\bmom )(?<!\bdad )(?<!\bkids )(?<!\bteenager )\b(?!(?:checks|checked|checking) my phone for (?:the )?(?:football |cricket |rugby |footy )?(?:scores|results|weather|time|news)\b)(?:track|tracks|tracking|tracked|monitor\w*|spy\w* on|watch\w*|check\w*|read\w*|go\w* through|goes through|went through|look\w* through|hack\w*|log\w* into|logs into|listen\w* to)(?: all)? (?:my|every) (?:phone|location|messages|texts|text|emails|email|accounts|account|every move|mileage|calls|call|dms|social media|internet history|browsing|search history|whatsapp|facebook|instagram)\b(?!(?: \w+){0,14}? (?:we|and we) talked (?:(?:it|it all|things) (?:through|over)|about it)\b)(?!(?: \w+){0,12}? (?:see|look at|watch|show me|find) (?:the|a|that|this|his|her) (?:\w+ )?(?:meme|memes|video|clip|photo|photos|picture|pictures|joke|score|scores|weather|map|recipe)\b)"
            rf"{I_ASKED}",
            rf"\b(?:app|apps|thing|software|something) on my (?:phone|car|laptop)(?: \w+){{0,5}}? (?:where i|track|see|watch|read|listen){FOR_MY_HEALTH}",
            r"\b(?:knows|know|check\w*|see\w*|watch\w*) where i (?:am|have been|go|went)(?: \w+){0,2}? (?:all the time|at all times|every|constantly|always|even though|24)",
            r"\bcheck\w*(?: \w+){0,3}? (?:where i (?:am|have been|go|went)|the mileage)",
            r"\bfollow\w* me (?:everywhere|to work|to the|home|in (?:his|her|the) car|wherever|around town|when i go|all over|and back)\b"
            rf"{LIKES_MY_POSTS}",
            r"\b(?:follows|followed|following) me\b(?! on (?:instagram|twitter|facebook|tiktok|social))(?: \w+){0,3}? (?:everywhere|all the time|every day)"
            rf"{LIKES_MY_POSTS}",
            r"\b(?:he|she|they) (?:is|has) been following me\b",
            r"\b(?:show\w*|turn\w*|keeps turning|keeps showing|appear\w*) up (?:at|outside) (?:my|the) (?:work|house|job|door|school|school gates|place|flat|apartment|office|gym|parents)",
            r"\bshows up wherever\b",
            rf"\b{I_WAITED}(?:sits|sat|waits|waited|waiting|sitting|parks|parked|parking) outside (?:my|the) (?:house|work|flat|place|apartment|office|door|school|job)",
            r"\bcameras? (?:in|all over|around|everywhere in) (?:the|my|our) (?:house|home|flat|room|bedroom|apartment)(?: \w+){0,4}? (?:watch|see|spy|check)?",
            rf"\b(?:calls|rings|texts|messages|called|rang|texted|phones|phoned) me (?:\w+ ){{0,1}}(?:hundred|hundreds|dozens|\d+|twenty|thirty|forty|fifty|sixty|a million|nonstop|non stop|constantly){JUST_FUN} ?(?:times)?",
            r"\bwill not stop (?:texting|calling|messaging|ringing|emailing|contacting) me\b",
            r"\bfake (?:accounts?|profiles?|numbers?)\b",
            r"\bfound (?:me|out where i)(?: \w+){0,3}? (?:even though|although) i\b|\bfound me at\b",
            r"\b(?:has|have|got) my location\b|\bmy location on his\b",
            r"\bkeep seeing (?:his|her) car\b|\bseeing (?:his|her) car everywhere\b",
            r"\b(?:watch|monitor|track|check|spy)\w* (?:on )?(?:me|everything i do|every move i make|my every move)(?: \w+){0,2}? (?:all the time|constantly|every|like a hawk|always|everywhere|24 7)\b|\bmonitor\w* everything i\b",
            r"\bunlock my phone for (?:him|her|he)\b|\bmakes? me unlock my phone\b",
            # watching and turning up said every way: tabs kept, new numbers after a block, the house driven past, the bus home
            r"\bkeep\w* tabs on (?:me|where i|who i|what i)\b|\bfake (?:instagram|facebook|tiktok|snapchat|insta|twitter|email|page|pages)\b",
            r"\bcheck\w*(?: \w+){0,2}? (?:i am|i was|if i am|if i was|that i am|that i was|whether i am) (?:where i (?:said|say|told)|really (?:at|where|there)|actually (?:at|where|there))",
            r"\b(?:every time|whenever|wherever|everywhere) i (?:go|am|went)\b(?: \w+){0,3}? (?:he|she) (?:is there|happens to be|turns up|shows up|appears|pops up|was there|is waiting)\b",
            r"\b(?<!\bi )(?<!\bwe )(?:has been|have been|keeps|kept|keep|was|is) (?:driving|walking|cycling|hanging around|lurking|parking|sitting|waiting) (?:past|by|around|round|outside|near|at the end of) (?:my|the|our) (?:house|place|work|flat|apartment|door|street|road|school|office)\b",
            r"\b(?:gps|tracker|tracking \w+|airtag|air tag)\b(?: \w+){0,2}? (?:under|on|in|inside|stuck to|taped to) (?:my|the) (?:car|bumper|wheel arch|bag|coat|purse|phone|bike|van|handbag|jacket)\b",
            r"\b(?:leav\w*|left|stick\w*|stuck|put\w*) (?:notes|letters|flowers|gifts|things|messages|cards)\b(?: \w+){0,2}? (?:on|at|under|through) (?:my|the) (?:windscreen|windshield|car|door|doorstep|front door|letterbox|mailbox|wipers)\b(?: \w+){0,6}? (?:since|after|even though|though) (?:i|we)",
            r"\bknows? (?:what|things|stuff|everything|details|about things) i (?:only|never) (?:told|said|wrote|texted|mentioned|searched)\b",
            r"\b(?:new|different|other|another|fake|burner|more) (?:numbers?|accounts?|profiles?|phones?|emails?)\b(?: \w+){0,5}? (?:after|when|every time|each time|whenever|even though|since|though) i (?:have )?block\w*",
            r"\b(?:text|call|ring|messag|email|contact|follow|add|find|found)\w*\b(?: \w+){0,4}? (?:after|every time|each time|whenever|even though|since|though) i (?:have )?(?:block|blocked)\b",
            r"\b(?:camera|cameras|cctv|mics?|microphones?|bugs|recorders?)\b (?:in|on|all over|around|everywhere in) (?:every|each|all the) (?:room|rooms|corner|window)\b(?! for (?:the )?(?:dog|dogs|cat|cats|pets?|puppy)\b)",
            r"\b(?:outside|at|found|turned up at|showed up at|knows|knew|got|tracked down|found out|watching)\b (?:my|our) new (?:address|flat|house|place|apartment|home|number|job|work)\b(?: \w+){0,4}? (?:nobody|no one|noone|never told|did not tell|though|although)",
            rf"{AW} (?:waits|waited|waiting|hangs around|hanging around|hung around|lurks|lurking|loiters|loitering|stood|stands|standing|sits|sat|parks|parked) (?:\w+ ){{0,2}}?(?:at|outside|by|near|across from|opposite) (?:the|my|our) (?:school gates?|school|work|office|gym|door|house|flat|window|windows|car|bus stop|station|bedroom window)\b(?: \w+){{0,4}}? (?:for me|every|again|half the night|all night|at night|{APART})",
            r"\bfollow\w* me (?:on|onto|off|into|out of|to|from) (?:the )?(?:bus|train|tube|tram|shop|shops|store|supermarket|street|car park|parking lot|gym|school|pub|bar|club|station)\b",
            r"\b(?:still )?knows? (?:which|what|where|when) (?:\w+ ){0,2}?i (?:go|go to|am|take|shop|work|drive|train|run|was|went)\b(?: \w+){0,4}? (?:and when|every|even though|though|at all times|all the time)",
            rf"{AW} (?:stood|stands|standing|sat|sits|sitting|waited|waits|waiting|lurk\w*|hung around|hangs around|hanging around) (?:\w+ ){{0,2}}?outside (?:my|our) (?:\w+ )?(?:window|windows|house|flat|door|place|work|bedroom)\b(?!(?: \w+){{0,2}} for (?:a|the|my|his|her) (?:taxi|cab|uber|bus|lift|delivery|kids)\b)",
            # turning up, watching, listening and finding her again, said of her or of a sister or daughter
            rf"{AW} (?:show\w*|turn\w*|appear\w*|rock\w*|pop\w*) up (?:at|outside|in) (?:my|the|our|her) (?:\w+ )?(?:church|mosque|temple|class|college|uni|university|moms|sisters|brothers|friends|workplace|salon|bus stop|doorstep|gym|work|school)\b",
            r"\b(?:waits|waited|waiting|hangs around|hanging around|hung around|lurks|lurking|loiters|loitering|parked|parks|parking|sits|sat|sitting|stood|standing)\b (?:\w+ ){0,2}?(?:near|outside|across (?:the )?(?:road|street) from|opposite|at the end of|down the road from) (?:my|our|her|the) (?:\w+ )?(?:office|work|house|flat|place|road|street|door|window|school|moms|parents|college|gym)\b(?: \w+){0,4}? (?:again|every|all night|watching|for hours|at night|when (?:i|he|she) (?:finish|leave|get out|come out|clock off)\w*)",
            r"(?<!\bi )(?<!\bwe )\b(?:sits|sat|sitting|parked|parks|waits|waited|waiting)\b(?: \w+){0,3}? in (?:his|her|the|a) (?:car|van|truck|ute)\b(?: \w+){0,6}? (?:watching|outside|across|opposite|at the end of|down the road)\b",
            r"\bfollow\w* (?:her|us) (?:on|onto|off|into|out of|to|from) (?:the )?(?:bus|train|tube|tram|street|car park|school|college|work|station)\b",
            r"\b(?:i|me) know (?:he|she) (?:was|is|has been) (?:there|here|watching|around|outside|nearby)\b",
            r"\b(?:changed|change|new) (?:my )?(?:number|numbers|phone|email|address|locks?|account)\b(?: \w+){0,4}? (?:he|she) (?:still )?(?:finds|found|gets hold of|tracks|tracked|works out|worked out|tracked down|finds out)\b",
            r"\b(?:check\w*|goes through|went through|going through|look\w* through|read\w*|monitor\w*|track\w*)\b (?:my )?(?:bank|bank statements|statements|card statements|banking|receipts|spending|transactions)\b(?: \w+){0,4}? (?:to )?(?:see|know|work out|find out) (?:where|which|what time|who|when)",
            r"\brecord\w* (?:my|all my|our) (?:phone )?(?:calls|conversations|chats)\b",
            r"\b(?:police|court|judge|lawyer|solicitor|the order)\b (?:told|warned|ordered|said to) (?:him|her) (?:to )?(?:(?:stop|stay away)(?:$| (?:contacting|texting|calling|messaging|coming|following|from me|me)\b)|leave me alone|not to (?:contact|come|go near))",
            r"\b(?:uses|used|using|use) (?:the|a|his|her|my|our) (?:baby monitor|echo|camera|cameras|doorbell|ring|app|laptop|phone|tablet|ipad|smart speaker|nest)\b(?: \w+){0,3}? (?:to )?(?:listen|watch|spy|see|check|hear|track|record|monitor)\w* (?:to |on |in on )?(?:me|what i|who i|where i|my)\b",
            r"\bspy (?:software|app|apps|program|programme|cam|camera|cameras)\b|\b(?:install\w*|put|download\w*)\b(?: \w+){0,3}? (?:spy|tracking|tracker|monitoring|keylogger|key logger)\b(?! (?:on|in) (?:her|his|its|the|their|our) (?:\w+ )?(?:collar|keys|keyring|key ring|luggage|suitcase|bike|harness)\b| (?:thing )?(?:that )?i (?:put|stuck|bought|got|attached)\b)"
            rf"{TAG_ON_HIS_OWN}"
            r"|\bquot\w* (?:my|things from my) (?:chats|messages|texts|emails|dms)\b",
            r"\b(?:rings|calls|phones|texts|asks|rang|called|messages)\b (?:my |the |our )?(?:neighbors|neighbor|friends|work|boss|mom|sister|colleagues|family)\b(?: \w+){0,2}? (?:to )?(?:ask|check|see|find out) (?:if|whether|where|when|what time) i\b",
            r"\bknows? (?:what|who|where|when)\b(?: \w+){0,10}? (?:i never told (?:him|her)|i did not tell (?:him|her)|i never mentioned)",
            r"\b(?:he|she) (?:still|somehow|always|even|again) (?:found|finds|tracked down|tracks down|knew where) (?:me|us)\b(?!(?: \w+){0,2} (?:at|in|playing) hide and seek)|\b(?:found|finds) (?:me|us) (?:again|anyway|even though|every time|wherever)\b(?!(?: \w+){0,2} (?:at|in|playing) hide and seek)",
            r"\bkeeps? (?:driving|walking) (?:past|by)\b|\bbump\w* into (?:him|her) (?:everywhere|all the time|wherever|every day)\b",
            r"\bnew (?:number|account|profile|phone)\b(?: \w+){0,2}? same (?:guy|person|man|him|bloke|messages|thing)\b|\b(?:profile|account|page)\b (?:with|using) my (?:photo|picture|name|pics|photos)\b",
            r"\b(?:saw|see|seen|seeing) (?:him|her) (?:at|outside|through|in) (?:the|my) (?:bedroom |kitchen |front )?window\b|\blisten\w* (?:in )?(?:through|on|via) (?:the )?(?:baby monitor|echo|walls?)\b",
            rf"{APART}\b(?: \w+){{0,6}}? (?:past|by|outside) my (?:window|house|flat|door|place|work)\b",
            r"\b(?:text|send|show)\w* (?:him|her) (?:a )?(?:photo|picture|pic|selfie|proof|location)\b(?: \w+){0,3}? (?:of where i am (?:every|or|all day|all the time)|every (?:half )?hour|every \w+ minutes|or he|to prove)",
            r"\bknows? where i (?:was|went|have been)\b(?: \w+){0,3}? (?:every time|all the time|always|even though|every day)\b",
            rf"\b(?:put|fitted|fit|stuck|hid|install\w*|planted|attached|had)\b(?: \w+){{0,6}}? (?:gadget|device|tracker|tracking device|gps|airtag|air tag|tile|chip|bug|box|thing|app) (?:on|in|under|onto|inside|to) my (?:car|phone|bag|handbag|coat|keys|bike|van|scooter|wheelchair)\b{FOR_MY_HEALTH}",
            r"\b(?:moved|relocated|left|fled|went to stay|went to live|got a new (?:flat|place|house))\b(?: \w+){0,8}? (?:and )?(?:he|she) (?:was|turned up|showed up|appeared|arrived|came|is|found me) (?:on|at|outside) (?:the|my|our|her|his) (?:doorstep|door|front door|step|new place|new flat|gate|work)\b",
            r"\b(?:fake|pretend|new|another|different|second|burner|anonymous|secret|false) (?:account|accounts|profile|profiles|number|numbers|email|page|name)\b(?: \w+){0,8}? (?:after|since|because|when|even though|though) i (?:would |had |have )?(?:blocked|block|unfriended|cut|deleted)\b",
            r"\b(?:see|saw|seen|spot|spotted|notice|noticed|catch|caught)\b (?:him|her|he|his car|his van|her car)\b(?: \w+){0,2}? (?:hanging about|hanging around|loitering|lurking|parked|sitting|waiting|standing|watching|driving past|drive past|walking past)\b(?: \w+){0,4}? (?:end of (?:the|my) (?:road|street|lane|drive|close)|outside (?:my|the) (?:house|flat|work|school|home|building)|across (?:the|my) (?:road|street)|since the (?:injunction|order|court|split|divorce|restraining order)|(?:most|every) (?:evenings?|nights?|mornings?|days?))\b",
            r"\b(?:hanging|hangs|hung|loiter\w*|lurk\w*|waiting|waits|turning up|turns up|showing up|shows up|popping up|pops up|keeps? (?:coming|turning up|showing up|popping up|hanging))\b(?: \w+){0,4}? (?:around |round |at |outside |near |by )?(?:my|the) (?:\w+ )?(?:gate|door|house|flat|work|job|office|school|uni|class|hostel|dorm|halls|building|gym|car|street|road)\b(?: \w+){0,6}? (?:after|even after|even though|though|since) i (?:told|asked|said|blocked|broke|ended|left|split)\b",
            r"\b(?:he|she) (?:turns|turned|shows|showed|comes|came|pops|popped) up (?:at|to|outside|in) (?:\w+ )?(?:reception|work|office|job|house|flat|door|school|uni|gym|desk|class|shop)\b(?: \w+){0,3}? (?:instead|anyway|uninvited|unannounced|again|when i (?:do not|will not|stop|ignore|block))\b",
            r"\b(?:location|where i am|where i go|where i was)\b(?: \w+){0,10}? (?:he|she) (?:already knows|knows anyway|can see it anyway|has it anyway|tracks it anyway|will know anyway|always knows)\b",
            r"\b(?:got|gets|asked|asks|made|makes|had|has|uses|used)\b (?:his|her|a|the|their) (?:cousin|friend|mate|sister|brother|mom|family|friends|mates|new girlfriend|new boyfriend|pals?)\b(?: \w+){0,2}? (?:to )?(?:add|follow|friend|request|message|watch|check on|keep tabs on|spy on|report on) me\b",
            r"\b(?:he|she) (?:was|is|were) (?:sat|sitting|standing|parked|stood|waiting|there|watching)\b(?: (?:at|in|on|across|outside|behind|by))?(?: the)? (?:next table|next booth|table behind|back of|across the road|across the street|corner|car outside|bar|other side)\b(?: \w+){0,3}? (?:the whole time|watching|all night|all evening|the entire time|the whole night)\b",
        ),
        "possible": (
            rf"{AW} (?:follows|followed|keeps following|is following|has been following) me\b(?! (?:on|back|into the kitchen|to bed|around the (?:kitchen|house|shop|supermarket))\b){LIKES_MY_POSTS}",
            r"\bknows? everything i (?:say|do|text|write)\b|\bhow does (?:he|she) (?:know|always know) where\b",
            r"\b(?:someone|somebody|he|she) (?:is|has|had) been (?:in|inside|into) (?:my|the) (?:house|flat|place|room|car|apartment|bedroom)\b(?: \w+){0,6}? (?:moved|missing|gone through|rearranged|when i am out|while i (?:am|was) out)",
            r"\b(?:screenshots?|screen shots?)\b(?: \w+){0,3}? (?:of )?my (?:chats|messages|texts|conversations|dms|whatsapps?|call log|calls)\b",
            rf"\b(?:he|she) (?:can|could) (?:see|watch|know|check) (?:who (?:comes and goes|comes in|i (?:see|talk to|meet|text))|where i (?:go|am))\b{FOR_MY_HEALTH}(?!(?: \w+){{0,2}}? too\b|(?: \w+){{0,3}}? and i can (?:see|check) (?:him|her|his|hers|where (?:he|she) is)\b)",
            r"\bliked (?:every|all|each|loads of) (?:my )?(?:old )?(?:photos?|pictures?|posts?|pics?)\b(?: \w+){0,4}? (?:years ago|from years|old|at \w+ am|last night|in the middle of the night)",
            r"\bthere (?:he|she) (?:was|is) (?:in the next aisle|behind me|across the (?:road|street)|outside (?:my|the)|in the car park|at my \w+|watching)\b",
            r"\bkeeps? (?:sending|leaving|dropping off) (?:flowers|gifts|letters|presents|notes|things)\b (?:to|at|round|on) (?:my|the) (?:work|house|office|door|flat|parents)\b",
            r"\b(?:he|she) is (?:outside|back outside|out the front|at the window) (?:again|the flat|the house|my \w+)(?: watching| waiting| staring| shouting)?$",
            r"\btrack (?:her|his|my|someones|a) (?:location|phone|car)\b(?: \w+){0,3}? without\b|\b(?:asking|asked|been asking) (?:about|after|around for) me\b(?: \w+){0,6}? (?:sounds (?:just )?like him|description|looks like him|it was him)",
            rf"{AW} waits (?:for me )?(?:at|outside|by) (?:the|my) (?:school gates?|work|office|gym|bus stop|door|house|flat)\b",
            rf"{AW} (?:checks?|checked|goes through|went through|looks at|looked at)\b(?: \w+){{0,3}}? (?:last number|numbers? (?:i|dialled|dialed|called|rang)|call log|call history|who i (?:rang|called|phoned|dialled|texted)|phone bill|itemised bill|recent calls|my calls)\b",
        ),
    },
    "control": {
        "clear": (
            r"\b(?:will not|does not|never|would not) (?:give|let) me (?:have )?(?:the|my) (?:car keys|keys|car|phone|money|card|bank card|passport)(?: back)? (?:unless|until)\b",
            r"\b(?:check\w*|read\w*|go\w* through|went through|inspect\w*|demand\w*) (?:the|my|all the|all my|every) receipts?\b(?!(?:(?<=\bi check the receipts)|(?<=\bwe check the receipts)|(?<=\bi check my receipts))(?: \w+){0,4}? (?:after (?:a|the|every|each|our|my) (?:\w+ )?(?:shop|shopping)|because (?:the|a) (?:self checkout|till|shop|supermarket))\b)(?!(?: \w+){0,3}? (?:for|to do|to sort|to file) (?:the|our|my|his|her) (?:tax|taxes|tax return|accounts|books|budget|expenses|returns|self assessment)\b)",
            r"\b(?:gives|give|gave) me (?:money|cash) (?:for|just for|only for) (?:food|groceries|the shopping|petrol|the bus)\b",
            r"\b(?:hand|hands|handed|give|gives|gave|turn|turns|turned) over (?:all )?(?:my|the) (?:wages|pay|paycheck|salary|earnings|benefits|bank card|cards|tips)\b",
            r"\bblock\w* (?:the|my) (?:door|doorway|way out|exit|car)\b(?: \w+){0,4}? (?:so i|and would not|to stop me|i could not|i can not)\b|\b(?:will not|would not|does not|did not|never) let me (?:leave|out of|get out of|go out of) (?:the|this|my|his|our) (?:house|room|bedroom|car|flat|apartment|bathroom|kitchen|home)\b",
            r"\bdowry (?:harass\w*|torture|demand\w*|death|threats?)\b|\b(?:harass\w*|tortur\w*|beat\w*|demand\w*|pressur\w*|ask\w* for)(?: \w+){0,4}? (?:for |more )dowry\b",
            r"\b(?:hid|hides|hide|hiding|took|takes|taking|locked|locks|disabled|disables|smashed|broke|cut|cuts|keeps|kept|unplugged|took away|takes away|confiscat\w*)(?: \w+){0,2}? (?:keys|car keys|phone|charger|passport|wallet|purse|cards?|sim|router|battery|shoes|coat|documents|papers)\b(?: \w+){0,3}? (?:that )?i (?:can not|could not|can never|will not be able to|am not able to|have no way to)\b",
            r"\b(?:no|not have any|do not have|have not got|never had) access to (?:our|my|any of our|any) (?:money|accounts?|bank|cards?|finances|savings|cash)\b|\b(?:everything|all the money|the house|the accounts|all our money|the money)(?: \w+){0,2}? in (?:his|her) name\b(?: \w+){0,6}? (?:i have no|i can not|i do not have|no access|nothing)",
            r"\b(?:takes|took|keeps|kept) (?:all )?my (?:tips|earnings|cash|allowance|wages|pay)\b(?!(?: \w+){0,14}? (?:we (?:both )?agreed|(?:it is|it was|that is|that was) (?:all |honestly |actually )?my idea|i asked (?:him|her|he) to)\b)",
            r"\b(?:will not|does not|never) let me (?:buy|spend|eat|have)(?: \w+){0,3}? (?:without|unless)\b",
            r"\b(?:sold|took|sells) my (?:car|jewelry|things|stuff|phone|laptop)(?: \w+){0,3}? (?:kept|keeps|without)\b",
            r"\b(?:not allowed|will not let me) (?:to )?have (?:my own|a) (?:bank account|phone|car|card)\b|\bnot allowed to have my own\b",
            r"\b(?:put|puts|keeps|has) me on (?:an allowance|a budget|pocket money)\b",
            r"\block\w* my (?:passport|documents|id|papers|phone|keys)\b",
            r"\b(?:takes|took|keeps|kept|controls|has|gets)(?: \w+){0,2}? (?:paycheck|paychecks|wages|salary|earnings|income|benefits|bank card|bank cards|savings)\b(?!(?: \w+){0,14}? (?:we (?:both )?agreed|(?:it is|it was|that is|that was) (?:all |honestly |actually )?my idea|i asked (?:him|her|he) to)\b)",
            r"\bnot allowed to (?:buy|spend|have|use|get|drive|open|touch|wear|eat|work|see a doctor)\b(?!(?: \w+){0,4}? (?:on (?:my|this|the) (?:\w+ )?diet|(?:before|after|since) (?:my|the|his|her) (?:\w+ )?(?:operation|surgery|scan|blood test|procedure|op|stroke|seizure|accident)|because of (?:my|the) (?:braces|diet|allergy|diabetes|cholesterol|blood pressure|heart|eyes|seizures|medication)|(?:the|my) (?:doctor|dentist|nurse|surgeon|consultant|gp) (?:says|said)))",
            r"\b(?:without|need) (?:his|her) (?:approval|permission|say so)\b",
            rf"\b{I_CHANGED_MINE}(?:has|knows|changed|controls|took) (?:all )?(?:the|my|our) (?:passwords|pins|logins|pin)\b"
            r"|\bcan not (?:log|get) into my (?:own )?(?:bank|account|email|phone)\b",
            r"\bmakes? me (?:show|hand|give) (?:him|her|he)(?: over)? (?:every|all|my)\b",
            r"\b(?:takes|took|taking|take|hides|hid|hidden|hiding|confiscat\w*|smash\w*|broke|breaks|break|destroy\w*|stole|steals|locked up|locks up|withholds|withheld|keeps|kept|cut up|snapped)(?: away)? my (?:phone|keys|car keys|house keys|passport|money|bank card|cards|credit cards?|debit card|id|paycheck|phone calls|texts|pay|wages|salary|wallet|purse|documents|visa|birth certificate|benefits|sim|laptop|mobile|mobile phone|cell|cellphone|hearing aids?|glasses|wheelchair|walker|crutches|medication|meds|inhaler|insulin|walking stick|mobility scooter)\b"
            rf"{HIS_CAR_DOWN}"
            r"(?! charger| case| bill| plan| without asking| as a (?:joke|prank|laugh)| for a (?:laugh|joke)| because i (?:was|had been|had|had had|would had|would been) (?:too |so |a bit |a few |a couple of |been )?(?:tired|drunk|drinking|drinks|sleepy|exhausted|tipsy|wine|beers|pints)| so i (?:would|could) not drive (?:drunk|tired|after)| when i (?:have|had|am|would have) (?:had )?(?:a drink|a few|too much|been drinking|drunk)\b)(?!(?: \w+){0,14}? (?:we (?:both )?agreed|(?:it is|it was|that is|that was) (?:all |honestly |actually )?my idea|i asked (?:him|her|he) to)\b)"
            rf"{SO_I_REMEMBER}{NOWHERE_TO_PUT_IT}",
            r"\b(?:hid|hides|hidden|hiding|took|takes|confiscat\w*) (?:the|my) (?:car keys|keys|phone)\b(?!(?: \w+){0,16}? (?:and|because|as) i asked (?:him|her) to$)(?!(?: to the \w+)? (?:because|as|since) he (?:is|has|had) (?:got )?(?:a job|work|a shift)\b|(?: to the \w+)? (?:to go to|for) work\b)"
            rf"{HIS_CAR_DOWN}"
            r"(?! charger| case| bill| plan| without asking| as a (?:joke|prank|laugh)| for a (?:laugh|joke)| because i (?:was|had been|had|had had|would had|would been) (?:too |so |a bit |a few |a couple of |been )?(?:tired|drunk|drinking|drinks|sleepy|exhausted|tipsy|wine|beers|pints)| so i (?:would|could) not drive (?:drunk|tired|after)| when i (?:have|had|am|would have) (?:had )?(?:a drink|a few|too much|been drinking|drunk)\b)(?!(?: \w+){0,14}? (?:we (?:both )?agreed|(?:it is|it was|that is|that was) (?:all |honestly |actually )?my idea|i asked (?:him|her|he) to)\b)"
            rf"{NOWHERE_TO_PUT_IT}",
            r"\b(?:control\w*|(?<!i am )(?<!i was )(?<!we are )in charge of) (?:all )?(?:of )?(?:my|the|our|all the) (?:money|finances|bank|accounts|spending|cards|phone|car|passport)\b",
            r"\b(?:gives|give|gave) me (?:an allowance|pocket money|\w+ (?:quid|dollars|pounds|bucks) a (?:week|month|day))",
            r"\b(?:not allowed|will not let me|does not let me|do not let me|never lets me)(?: to)? (?:have|use|touch|keep|get|open|drive|own)"
            rf"{NOT_INSURED}(?: \w+){{0,3}}? (?:money|phone|car|bank account|key|keys|card|cards|job|passport|credit card|cash|wages|own phone)\b",
            r"\bnot allowed (?:my own|a phone|a car|a key|money|any money|a bank)\b",
            r"\b(?:will not|does not|do not|never) let me (?:work|get a job|go to work|have a job|study|drive|learn to drive)\b"
            rf"{NOT_INSURED}{I_DENTED_IT}",
            r"\b(?:ask|asking)(?: him| her| he)? (?:for )?permission (?:to|for) (?:buy|spend|use|get|go)",
            r"\bhave to ask (?:him |her |he )?for (?:money|cash|the car|my card)\b(?!(?: \w+){0,14}? (?:we (?:both )?agreed|(?:it is|it was|that is|that was) (?:all |honestly |actually )?my idea|i asked (?:him|her|he) to)\b)",
            r"\baccount for (?:every|each) (?:single )?(?:penny|cent|dollar|pound|thing i buy|minute|hour|second|moment|move|step)\b|\bevery receipt\b",
            r"\b(?:my )?(?:wages|paycheck|pay|salary|benefits|money|pension|allowance|disability|child benefit|universal credit|super) (?:go|goes|going|went|paid|is paid|gets paid) (?:into|to|straight to|straight into) (?:his|her|he)\b",
            r"\b(?:do not|never) (?:get|see) a (?:penny|cent|dime)\b",
            r"\b(?:debts?|loans?|credit cards?) in my name\b",
            rf"\b{I_CHANGED_MINE}changed (?:the|all the|my|all my|all our) passwords\b",
            rf"{BY_A_LITTLE_ONE}\block\w* me (?:in|out|up)\b",
            r"\b(?:battery|spark plug|fuse) out of (?:the|my) car\b",
            r"\b(?:will not|does not) let me (?:leave the house|out of the house|out of (?:his|her) sight)\b",
            r"\b(?:only )?(?:lets|allows) me (?:out|go out|leave the house|see (?:my \w+|anyone|friends))\b(?: \w+){0,4}? (?:for (?:an hour|\w+ minutes|half an hour|a bit)|times (?:it|me)|once a (?:week|month))",
            r"\b(?:padlock\w*|lock\w*|chain\w*) (?:on )?(?:the )?(?:fridge|pantry|food cupboard|food|freezer|kitchen cupboards)\b",
            r"\b(?:disconnect\w*|unplug\w*|cut off|cuts off|pulled out|ripped out|rip\w* out|smash\w*|took|takes) (?:the )?(?:landline|phone line|house phone|wifi|internet|router)\b(?: \w+){0,2}? (?:and|i can not|so i can not)",
            r"\b(?:he|she) (?:does not|will not|would not|never) (?:allow|allows|permit)(?: (?:it|me|that))?$|\bcan not (?:open|have|get|keep|use) (?:a|my|my own|any) (?:bank account|account|card|bank card|credit card|phone|job|car|money)\b(?: \w+){0,3}? (?:he|she)\b",
            r"\bcan not (?:visit|go to|see|go out to) (?:the )?(?:doctor|gp|dentist|shops|shop|hospital|clinic)(?: \w+){0,2}? (?:alone|on (?:my|her|his) own|by (?:myself|herself))\b",
            r"\b(?:he|she) (?:has|keeps|holds|took|is holding|has got|is got) my (?:passport|visa|documents|id|birth certificate|papers)\b(?! (?:for|to) (?:the|our|a|my) (?:holiday|booking|trip|flight|renewal|application|check in|visa|form))|\bdock\w* my (?:allowance|money|pay|pocket money)\b",
            r"\bgives? me (?:\d+|ten|twenty|thirty|forty|fifty|fifteen|a hundred|a tenner|a fiver|\w+ pounds|\w+ quid|\w+ dollars|\w+ bucks) (?:a|per) (?:week|month|day|fortnight)\b(?! (?:for|towards) (?:the |my |his )?(?:lottery|gym|savings|pension|rent|bills|club))|\b(?:show|hand|give)\w* (?:him |her )?(?:the |my |all the |every )?receipts?\b",
            r"\b(?:he|she) (?:has|is got|has got|takes|keeps)\b (?:my phone|my car keys|my keys|my bank card|my card|my money)\b(?! (?:charger|case|cable))(?: \w+){0,2}? (?:most days|all day|every day|all the time|at night)\b",
            r"\b(?:have to|got to|must|makes? me) ask\b(?: (?:him|her|he))?(?: for permission)? (?:before|to|if i can) (?:i )?(?:eat|shower|buy|leave the house|spend|wash|go out)\b",
            r"\b(?:will not|does not|never|would not) let me (?:take|keep|get|have) (?:a|any|my) job\b|\b(?:not had|have no|do not have) (?:my own|any of my own) money\b",
            r"\bmade me sign (?:the )?(?:house|car|flat|account|savings|money|everything|it all|papers|documents|a loan|over)\b",
            r"\b(?:keeps?|kept|holds?|held|took|takes|taken|has|cashes|cashed)\b(?: \w+){0,2}? my (?:pension|pension book|pension card|bank book|post office card|child benefit|benefits book|building society book|cheque book|checkbook|savings book)\b",
            r"\b(?:a few|a couple of|two|ten|twenty) (?:pounds|quid|dollars|bob|bucks|euros) at a time\b|\b(?:gives?|gave|doles? out|hands? out) (?:me )?(?:\w+ ){0,2}?(?:money|housekeeping|cash|allowance) in dribs and drabs\b",
            r"\b(?:take|takes|took|taken|taking) my (?:phone|keys|car keys|house keys|passport|bank card|cards|purse|wallet)\b(?: \w+){0,3}? (?:and |he )?(?:says|said|tells me|told me) i (?:am|was) (?:too|not)\b",
            r"\b(?:sets?|set|gives? me|gave me|decides?|decided|tells me) (?:a |the |what )?(?:time|curfew)\b(?: \w+){0,3}? (?:i am to|i have to|i must|i need to|i should|to) be (?:back|home|in)\b|\b(?:i have|gave me|put me on|set me|sets me) a curfew\b",
            r"\b(?:glasses|keys|car keys|phone|purse|wallet|hearing aids?|walking stick|stick|medication|pills|charger|passport|bank card|coat|shoes)\b(?: \w+){0,4}? (?:go|goes|going|went|gone) missing\b(?: \w+){0,3}? (?:whenever|when|every time|each time|just when|just as|right when) i (?:want|need|try|am about)\b",
            rf"{AW} (?:opens?|opened|signs? for|reads?|hides?|hid|intercepts?|takes?|took|keeps?|goes through|checks?) (?:all )?(?:my|the|our) (?:post|mail|letters|bank statements|statements)\b(?: \w+){{0,6}}? (?:i never|i do not|i can not|before i|i am not allowed)\b|\b(?:never|do not|can not|not allowed to) (?:see|get|open|read) (?:my|our) own (?:bank statements?|statements|post|mail|letters|money|pension|wages|payslips?)\b",
            r"\b(?:makes?|made) me (?:write|log|record|note|list|keep (?:a )?(?:record|note|log|track) of|account for|show|justify|explain)\b(?: \w+){0,3}? (?:everything|every|all|each|what) (?:i )?(?:spend|spent|buy|bought|penny|purchase|receipt)|\bgoes over (?:my|the|it|all my) ?(?:spending|receipts|accounts|book|purchases|shopping)? every (?:week|friday|night|day|evening|month|saturday|sunday)\b",
            r"\b(?:had|got|gets|has) (?:the |my )?(?:internet|wifi|broadband|landline|phone|phone line|mobile|sim) (?:cut off|disconnected|taken out|switched off|cancelled|canceled|stopped)\b(?: \w+){0,3}? (?:because (?:he|she) (?:says|said|thinks|reckons|claims)|so i (?:can not|could not|can no longer))\b",
            r"\b(?:no|do not have any|have not got any|do not have|not have any|have not any|never have any) money of my own\b",
            rf"{AW} (?:switched|switches|turned|turns|shut|shuts) off (?:the|my) (?:wireless|radio|telly|tv|television|computer|laptop|phone|wifi)\b(?: \w+){{0,12}}? (?:took|takes|hid|hides|removed|kept|keeps) (?:the )?(?:plug|fuse|cable|remote|charger|lead|power)\b",
            r"\b(?:weighs|weighed|weigh|weighing) me\b(?! (?:down|up)\b)|\b(?:will not|does not|never|would not|not allowed to) (?:let me )?eat (?:after|before|until|till|more than|anything|unless|without)\b",
            r"\b(?:makes?|made|forces?|forced) me (?:\w+ ){0,2}?(?:video call|facetime|send (?:a )?(?:photo|pic|picture|selfie|location|my location)|share my location|turn on my location|check in)\b(?: \w+){0,6}? (?:see who|see where|prove|know where|check)\b",
            r"\bif i (?:disobey|defy|cross|do not obey|go against|answer back to|talk back to) (?:him|her)\b|\b(?:disobey\w*|obey) (?:him|her)\b|\b(?:says|said|threatens|threatened)\b(?: \w+){0,2}? (?:he|she) (?:will|would|is going to) (?:stop paying|cut off|stop my|take away|pull)\b(?: \w+){0,4}? if i\b",
        ),
        "possible": (
            # all the say is his: "he controls everything", "he handles all the money"
            rf"{AW} (?:handles|controls|manages|holds|keeps|has|does) all (?:of )?(?:the|my|our) (?:money|finances|cards|bank cards|bank accounts|accounts|savings)\b"
            r"(?!(?: \w+){0,3}? but i (?:can )?(?:see|check|look at|have access to) (?:everything|it all|all of it|the lot|all the)\b|(?: \w+){0,20}? (?:go through|look at|sort|do|plan) (?:it|them|him|the \w+) together\b)",
            rf"{AW} (?:controls|controlled|is controlling|decides|decided|runs|ran|dictates|dictated) (?:everything|every thing|all of it|it all|my life|every part of my life|every (?:\w+ )?thing i do|where i go|who i see|what i (?:wear|eat|spend|do|say))\b(?! (?:past|by) me\b)",
            rf"{AW} (?:picks|pick|chooses|choose|chose|picked|decides|approves|vets|likes to pick|likes to choose) (?:what i (?:wear|eat|read|watch|spend)|my (?:outfits|clothes|clothing|hair|friends))\b",
            r"\bask (?:him|her|he)\b(?: \w+){0,3}? (?:before|to|if i can) (?:i )?(?:buy|spend|get|eat|wear|use|go|do) (?:anything|everything|a single|any)\b(?! (?:big|major|expensive|over|large|pricey|costly|new|for the house)\b)",
            r"\b(?:wants|demands|demanded|asks for|makes me give|made me give|insists on) (?:all )?my (?:passwords|pins|pin|passcodes?|logins?|codes)\b",
            r"\btimes (?:how long|me|every|my)\b(?: \w+){0,6}? (?:supermarket|shop|shops|store|shopping|walk|gym|school run|work|trip|errands|out)\b",
            r"\b(?:particular|strict|controlling|fussy|funny|weird|picky|obsessive) about (?:how|where|who|what) i (?:spend|go|see|wear|eat|dress|talk)",
            r"\bcheck\w* (?:everything|every thing|all|whatever|each thing) i (?:buy|spend|bought|spent|order|purchase)\b",
            r"\btells me what time i (?:have to|must|need to) be (?:home|back)\b|\bthrows? (?:out|away) (?:my|anything|everything|any of my)\b(?: \w+){0,3}? (?:he|she) (?:does not|do not) (?:like|approve)\b",
            r"\bchange\w*(?: \w+){0,3}? before (?:he|she) (?:gets|comes) home\b",
        ),
    },
    "isolation": {
        "clear": (
            # cut off from her own people at his word: "I blocked my sister on whatsapp and he made me do it"
            r"\bi (?:blocked|unfriended|deleted|unfollowed|cut off|stopped seeing|stopped talking to|stopped calling) (?:my |all my |our )?(?:family|friends|mom|dad|parents|sister|brother|sisters|brothers|mates|best friend|best mate|friend|cousins?|nan|gran|aunt|uncle)\b(?: \w+){0,4}? (?:and|because|cos|since|after) (?:he|she|they) (?:made|makes|told|tells|forced|forces|wanted|wants|said|says|insisted|demanded)\b",
            r"\bif i (?:go|went|leave|visit|see)\b(?: \w+){0,6}? (?:do not|never) (?:bother )?(?:coming|come) (?:back|home)\b|\b(?:never|does not|will not) lets me (?:go anywhere|go out|see|visit|leave the house)\b",
            r"\b(?:will not|does not|never|would not) let (?:my|our) (?:family|friends|mom|dad|parents|sister|brother|sisters|brothers|mates|kids|children|son|daughter|best friend|friend|cousins?|grandparents|nan|gran) (?:visit|come|see me|call|in|into|over|round|near|stay|inside|through the door)\b",
            r"\b(?:not|never|no longer) (?:spoken|talked|seen|visited|called|heard from) (?:to |with )?(?:my|any of my|any) (?:family|friends|mom|parents|sister|brother|mates|kids)(?: \w+){0,4}? (?:because|since|cos) (?:of )?(?:he|him)\b",
            rf"{AW} (?:says|said|tells me|told me|thinks|claims|insists|keeps saying)(?: that)? (?:my )?(?:friends|family|mates|parents|mom|sister|brother|he)(?: \w+){{0,2}}? (?:are|is) (?:bad for me|a bad influence|poison|poisonous|toxic|against (?:us|him|me)|trying to (?:split us|break us|turn me against|come between us))",
            r"\b(?:will not|does not|never) let (?:my|our) (?:family|friends|mom|parents|sister|brother) (?:visit|come|see me|call)\b",
            r"\b(?:screens|checks|answers|hangs up)(?: \w+){0,2}? (?:my calls|on my friends|on my family|on my mom)\b",
            r"\bnot allowed to go to (?:work|church|the gym|class|school|my|any)\b",
            r"\bkeeps me (?:home|inside|in the house|locked)\b",
            r"\b(?:gets|got|is|goes|flies into a rage|freaks out|loses it)(?: \w+){0,2}? (?:if|when|whenever|every time) i (?:talk|see|go|call|visit|meet|text)(?: \w+){0,4}? (?:i stopped|i do not anymore|i gave up|i can not)\b",
            r"\b(?:not been|never been|not) allowed to (?:call|see|visit|talk to|text|go)\b",
            r"\b(?:moved|moves|took) (?:us|me) (?:\w+ ){0,4}?away from (?:my|all my|everyone|everybody)\b",
            rf"{AW} (?:says|said|told me|tells me)(?: \w+){{0,2}}? i (?:can not|am not allowed to|must not|should not|may not) (?:see|visit|call|talk to|go|meet)\b",
            r"(?<!\bdaughter )(?<!\bson )(?<!\bteenager )(?<!\bteen )(?<!\bkids )(?<!\btoddler )\b(?:will not|does not|do not|never|would not) let me (?:see(?! (?:the|my|a|any|his|her|what) (?:\w+ )?(?:present|presents|gift|gifts|surprise|cake|ending|spoilers?|film|movie|results?|bill|receipt|score|menu|box|parcel|plans?|list|design|drawings?)\b)|visit|call|ring|phone|talk to|speak to|go|leave(?! (?:the|my|a|it|them|any|his|her|some|this|that)\b)|meet|have friends|out)\b",
            r"\bnot allowed (?:to )?(?:see|go|leave|visit|call|talk|speak|have friends|out|meet|friends)\b",
            r"\b(?:cut|cuts|cutting|cutted) me off (?:from|completely)\b|\bcut off from (?:everyone|everybody|my|all my|the world)\b",
            r"\bisolat\w* me\b|\bisolated from\b",
            r"\bkeeps? me (?:away )?from (?:my|everyone|everybody|seeing)\b",
            r"\bmade me (?:stop seeing|quit|give up|drop|delete|block|leave my job|cut)\b",
            r"\b(?:drop|dropped|lose|lost|ditch\w*)(?: \w+){0,2}? (?:all )?my (?:friends|mates|family)\b",
            r"\b(?:drove|drives|driven|pushed|scared) (?:all )?my (?:friends|family|mates) away\b",
            r"\b(?:friends|family|mates)(?: \w+){0,2}? (?:are|is) (?:poison|toxic|bad for me|not allowed)\b",
            r"\bcut (?:them|him|her|everyone) off\b",
            r"\bcan not (?:see|go|talk to|visit) (?:anyone|anywhere|my \w+)(?: \w+){0,2}? without (?:him|her|he)\b",
            r"\b(?:deleted|blocked|removed)(?: all)? my (?:friends|contacts|family)\b",
            r"\b(?:have not|not) seen (?:another person|anyone|anybody|a soul)(?: \w+){0,3}? (?:but|except|apart from|other than) (?:him|her|he)\b",
            r"(?<!never )(?<!not )\b(?:stops|stopped|stop) me (?:from )?(?:seeing|going|leaving|talking|calling)\b",
            r"\btook me away from (?:everyone|everybody|my)\b",
            r"\bi have no (?:friends|one) (?:anymore|left)? ?because of (?:him|her|he)\b",
            r"\bnot allowed out\b",
            r"\b(?:made|making|moved|moves|took|dragged|forced) (?:us|me)(?: to)? (?:move )?(?:\w+ ){0,4}?(?:middle of nowhere|back of beyond|back of bourke|his hometown|her hometown|where i do not know (?:a soul|anyone|anybody|a single person)|away from (?:everyone|everybody|my))",
            r"\b(?:not|never) (?:spoken|talked|been out|gone out|seen|had a conversation)(?: to| with)? (?:another person|anyone|anybody|a soul|a single person)(?: \w+){0,3}? (?:but|except|apart from|other than|besides) (?:him|her|he)\b",
            r"\b(?:tells?|told) (?:my|our|the) (?:family|friends|mom|dad|parents|sister|brother|mates|work|boss|neighbors|doctor)\b(?: that)? (?:i am|i was|i have been) (?:too (?:sick|ill|tired|busy|unwell)|not (?:well|home|in|available|around)|sick|ill|out|away|busy|asleep|unwell|crazy|mad|mental|unstable|lying)",
            r"\b(?:lies|lied|lying) to (?:my|our|the) (?:family|friends|mom|parents|sister|brother|mates|work|boss|neighbors|kids)\b|\b(?:tells?|told|telling|says to|said to) (?:my|our|the) (?:family|friends|mom|parents|sister|brother|mates|neighbors)\b(?: that)? i (?:do not|did not|never) want to (?:see|talk to|visit|hear from)",
            r"\b(?:tells?|told|telling) (?:my|our|the|everyone|everybody|people)\b(?: \w+)? (?:that )?i (?:am|was) (?:mentally ill|mental|crazy|unwell|a liar|unstable|psycho|nuts|bipolar|an alcoholic|a drunk|dangerous|sick in the head)\b",
            r"\b(?:angry|mad|not allowed|will not let me|stops me|forbids|does not let me|kicks off|hates it)\b(?: \w+){0,4}? (?:speak|speaking|talk|talking) (?:in )?my (?:own )?(?:language|mother tongue|native language)\b",
            r"\bif i (?:see|visit|call|talk to|speak to|meet|go to|ring)\b (?:my|our|any of my) (?:family|friends|mates|mom|parents|sister|brother|sisters|brothers)\b(?: \w+){0,6}? (?:that is it (?:between us|for us|we are)|we are (?:over|done|finished)|(?:i|you) will (?:be sorry|regret|pay)|(?:he|she) will (?:leave|hurt|kill|go)|see what happens|and worse)",
            r"\bkeeps (?:me|her|him) (?:at )?(?:home|inside|in the house|indoors|locked)\b",
            r"\bcan not (?:ring|call|see|visit|text|talk to|phone) my (?:\w+ )?(?:sister|brother|mom|dad|parents|friends|family|mates|best friend)\b(?: \w+){0,2}? (?:he|she) (?:gets|will get|goes|kicks)\b",
            r"\bmade me (?:stop (?:going|seeing|calling|visiting|talking)|leave (?:the|my) (?:\w+ )?(?:club|group|choir|team|class|church|job|course))\b",
            r"\btells? (?:everyone|everybody|people|the police|him|my family|the neighbors)\b(?: that)? i am (?:he|the one with the temper|the violent one|the problem|the crazy one|abusive)\b",
            r"\bsits? in on (?:every|all|my) (?:phone )?calls?\b|\blistens? (?:in )?(?:to|on) every (?:phone )?call\b",
            r"\bonly (?:see|sees|go|goes|visit|visits) (?:people|friends|family|anyone|my \w+)\b(?: \w+){0,2}? (?:when|if) (?:he|she) is (?:there|with me|with her|around)|\bcan only (?:go|leave|see|visit) (?:\w+ ){0,3}?(?:with (?:him|her)|when (?:he|she) is)\b",
            r"\bif i (?:see|visit|call|ring|go to)\b (?:my|our) (?:dad|mom|parents|family|sister|brother|friends)\b(?: \w+){0,2}? i am out\b",
            r"\btold (?:the|my|our) (?:neighbors|friends|family|parents|sister|brother|mates|colleagues|people)\b (?:not to|to stop|to never) (?:talk|speak|visit|call|see|help)\w* (?:to )?me\b",
            r"\b(?:will not|does not|never) let me (?:take|go to|do|learn|study)\b (?:\w+ )?(?:classes|class|lessons|course|english)\b|\b(?:church|mosque|temple|friends|family|mates|group|club)\b(?: \w+){0,2}? (?:is|are) (?:filling my head|putting ideas in my head|brainwashing me)\b",
            # her word discredited, her visitors turned away, her places stopped
            r"\b(?:tells?|told|telling)\b (?:everyone|everybody|people|all|my|our|the)\b(?: \w+){0,3}? (?:that )?i am (?:going |gone |getting )?(?:doolally|senile|gaga|demented|confused|losing (?:it|my mind|my marbles)|lost my marbles|not right in the head|away with the fairies|round the bend|off my head|off my rocker|mad|crazy|unhinged|hysterical|delusional|paranoid)\b",
            r"\b(?:friends|family|mates|sister|brother|people|everyone|neighbors|relatives|sons?|daughters?)\b(?: \w+){0,2}? (?:stopped|stop|quit|gave up|do not|no longer) (?:ringing|calling|coming round|coming over|visiting|calling round|inviting me|asking me|phoning|texting|popping round|popping in)\b(?: \w+){0,6}? (?:after|because|since) (?:he|him|his)\b",
            r"\bi used to\b(?: \w+){0,8}? (?:but )?(?:he|she) (?:put a stop to|stopped|made me (?:stop|give up|quit)|put an end to|would not let me|does not let me|will not let me|says i can not|said i could not)\b|\b(?:put a stop to|put an end to) (?:me |my )(?:going|seeing|visiting|volunteering|singing|meeting|working|friends|church)\b",
            r"\b(?:does|do|did) (?:all )?(?:the|my) talking for me\b|\bi (?:do not|can not) (?:have|speak) the language\b(?: \w+){0,6}? (?:he|she)\b",
            r"\b(?:will not|would not|does not|never) (?:drive|take) me to (?:see|visit)\b|\b(?:says|said|tells me|told me)\b(?: \w+){0,2}? i am not (?:fit|able|safe|well enough|allowed|capable|sensible enough) to (?:go|travel|drive|go out|take the bus|get the bus|go on the bus|be out)\b(?: \w+){0,4}? (?:alone|on my own|by myself)\b",
            r"\b(?:have not|not|no longer|never|stopped) (?:been|gone|go|going) (?:to )?(?:the |my |a )?(?:\w+ ){0,2}?(?:group|club|church|chapel|mass|choir|class|classes|gym|meetings?|bingo|book club|mosque|temple|meet ?ups?|circle|guild)\b(?: \w+){0,6}? (?:he|she) (?:says|said|thinks|reckons|does not like|calls|told me|called|will not)\b",
            r"\b(?:keeps? back|kept back|hides?|hid|withholds?|withheld|throws? away|threw away|bins?|binned|burns?|burnt|rips? up|tore up)\b (?:my |the |all the |all my )?(?:post|mail|letters|cards|christmas cards|birthday cards|messages)\b(?: \w+){0,3}? (?:i do not know|i never|before i|from me|i can not)\b",
            r"\bi am not to (?:speak|talk|go|see|visit|ring|call|phone|have|answer|leave|open|invite|mix|be seen)\b",
            r"\b(?:told|tells|telling)(?<!\bi told)(?<!\bwe told)(?<!\bi telling) (?:him|them|everyone|everybody|people|callers|visitors|the \w+|my \w+)\b(?: that)? (?:i am|i was|i have been) (?:too (?:poorly|ill|sick|tired|unwell|frail|confused)|not (?:up to|well enough|in|home|available)|asleep|out|away)\b",
            r"\b(?:spread|spreads|spreading|started|tells?|told|telling)\b (?:\w+ ){0,2}?(?:rumou?rs|lies|stories|gossip)\b(?: \w+){0,6}? (?:nobody|no one|noone|everyone|people|he|my friends|my flatmates|my family|now)\b(?: \w+){0,3}? (?:avoid|avoids|ignore|ignores|will not|do not|does not|wants? to|stopped|hates?|turned)\b",
            r"\b(?:told|tells) (?:everyone|everybody|people|my \w+|all my \w+)\b(?: \w+){0,3}? i (?:cheated|lied|stole|am a liar|hit him|am abusive|abuse|am a cheat)\b(?: \w+){0,4}? (?:avoid|ignore|will not talk|do not talk|stopped talking|turned against|hate|all)\b",
            r"\b(?:made|makes|make) me (?:cancel|miss|skip|pull out of|not go to|leave early from)\b(?: \w+){0,3}? (?:dads|moms|sisters|brothers|friends|familys|family|best friends|nans|grans|parents|mates)\b|\bmade me (?:cancel|miss|skip)\b(?: \w+){0,8}? (?:have not|has not|never|stopped|no longer|do not) (?:invited|asked|included|called|rung|seen)\b",
            r"\bmade me (?:hand in|give in|put in) my notice\b|\bmade me (?:resign|quit)\b",
            r"\b(?:threw|throws|chucked|chucks|tossed|smashed|broke|binned|flushed|drowned|stamped on|snapped|hid|took)\b (?:my|the) (?:phone|mobile|sim|sim card|laptop|ipad|tablet)\b(?: \w+){0,6}? (?:i could not|i can not|i could no longer|i would not be able to|i was not able to|i have no way to) (?:call|ring|phone|text|contact|reach|talk to|message|get help)\b",
            r"\b(?:he|she) (?:made|makes)\b(?: \w+){0,6}? (?:such a|a big|a) (?:drama|fuss|scene|nightmare|hassle|row|fight|misery)\b(?: \w+){0,6}? i (?:stopped|gave up|quit|had to stop|do not) (?:going|seeing|visiting|meeting|calling|bothering)\b",
            r"\b(?:tells?|told|telling)\b (?:everyone|everybody|people|all|my|our|the)\b(?: \w+){0,3}? (?:that )?i am (?:the one who is |the )?(?:abusive|abuser|abusive one|violent|violent one|the problem|problem|liar|a liar|unstable)\b",
        ),
        "possible": (
            r"\b(?:makes me feel|guilt\w*)(?: \w+){0,3}? (?:every time|whenever|when) i (?:want to )?(?:see|visit|call) (?:my|friends|family)",
            r"\b(?:do not|never) (?:see|talk to|have) (?:my \w+|them|friends|family|anyone|anybody)(?: \w+){0,2}? anymore\b(?!(?: \w+){0,3}? (?:we|they|he) (?:just |kind of )?(?:grew|drifted|have grown|have drifted) apart\b)(?! (?:since|because of|now that|what with|with) (?:the|our|my|we|work|covid|lockdown|uni|school|i (?:started|moved|had|changed|got a|left (?:school|uni|work|my job)|became|retired))\b)",
            r"\b(?:do not|never) have anyone(?: left)?\b(?! to (?:have|grab|get|go for|go to|go out for|share) (?:a |an |the )?(?:coffee|cuppa|tea|drink|drinks|pint|beer|lunch|brunch|dinner|walk|movie|film|gig|match)\b)(?!(?: \w+){0,4}? at (?:work|school|uni|college|the office|the gym|(?:my|the|this) (?:new )?(?:job|school|work|office|course))\b)|\bhave no one(?: left)?\b|\bnobody to turn to\b",
            rf"\b{JEALOUS_THEN_FINE}"
            r"(?:kicks off|kicked off|gets (?:angry|mad|upset|jealous|funny|nasty)|goes mad|flips out|sulks)(?: \w+){0,4}? (?:when|every time|if|whenever) i (?:go out|see|visit|talk to|meet|call|spend)(?! (?:to )?(?:other|another) (?:blokes?|guys?|men|man|women|woman|girls?|lads?|boys?)\b)",
            r"\btells? everyone i am (?:crazy|mad|mental|unstable|a liar|insane)\b",
            r"\bmiddle of nowhere\b",
            r"\b(?:family|friends) (?:does not|do not|did not) (?:even )?know where i (?:am|live|moved)\b",
            r"\bdoes not like my (?:friends|family)\b(?!(?: \w+){0,2}? but (?:we|i|he) (?:still|always|all) )",
            r"\b(?:does not|do not|never) like (?:it )?(?:me|when i|if i) (?:talking|talk|speaking|speak|seeing|see|going|go|visiting|visit|meeting|meet) (?:to |with |out with |out )?(?:my |the |our )?(?:friends|family|mates|mom|sister|brother|parents|neighbors|anyone|people|colleagues|coworkers|sisters|brothers|cousins)\b",
            r"\b(?:friends|family|mates|anyone|nobody|no one|social life)\b(?: \w+){0,6}? (?:since|ever since) (?:i got with|i met|i married|i moved in with|we got together|i have been with) (?:him|her|he)\b",
            r"\bused to have (?:a lot of |lots of |so many |loads of |plenty of )?(?:friends|mates|a life|a social life)\b(?: \w+){0,3}? (?:before (?:him|her|he|i met|we)|until (?:him|her|i met))",
            r"\b(?:alone|stuck|stranded|on my own) (?:\w+ ){0,2}?(?:with no|without (?:a|the|any)) (?:car|phone|money|way (?:out|to get))\b",
            r"\b(?:me and him|him and me|only him) now\b(?: \w+){0,2}? (?:nobody|no one|noone) else\b|\b(?:nobody|no one) else (?:but|except) (?:him|her)\b",
            r"\b(?:lost touch|drifted|no friends|fell out)\b(?: \w+){0,4}? (?:since|ever since) we (?:got together|got married|moved in together|moved here|met)\b",
            r"\b(?:have not|not|had not) (?:seen|spoken to|talked to|been out with) (?:anyone|anybody|a soul|my friends|my family|another person) (?:in|for) (?:months|weeks|years|ages)\b(?! since (?:the baby|covid|lockdown|i (?:had|started|moved)|we moved)| because (?:of )?(?:the )?(?:distance|covid|lockdown|flights?|work|exams|the cost|money|he (?:live|lives|moved) (?:so )?far|it is (?:so )?far))|\bgot (?:no one|nobody|noone) (?:left|to turn to|to talk to)\b|\bgot (?:no one|nobody|noone)$",
            r"\b(?:does not|do not|will not) (?:like|let) me (?:join\w*|go to|take|do)\b (?:things|clubs|groups|classes|anything|activities)\b|\b(?:does not|do not) want me (?:seeing|to see|visiting|to visit|going out with|talking to|meeting)\b(?: \w+){0,2}? (?:my )?(?:friends|family|mates|sister|mom|parents)\b",
            r"\b(?:just (?:him|her)|only (?:him|her)|no one|nobody|alone)\b(?: \w+){0,4}? (?:he|she) (?:likes|wants|prefers) it that way\b|\bpicks? (?:a )?fights? (?:before|right before|just before) (?:every|each|any) (?:family|friends|social)\b",
            r"\bpicks? (?:a )?fights? (?:the (?:night|day|morning) |right |just )?before i (?:see|go|meet|visit|am seeing|am going)\b",
            r"\b(?:not happy|only happy|happiest|wants it|likes it|prefers it)\b(?: \w+){0,2}? (?:unless|when|if)? ?it is (?:just )?(?:us two|the two of us|me and him|him and me|us)\b(?: \w+){0,2}? (?:nobody|no one) else\b",
            r"\bthe only (?:person|one|people) i (?:talk to|see|speak to|have)\b(?: \w+){0,3}? is (?:him|her)\b",
        ),
    },
    "fleeing": {
        "clear": (
            r"\b(?:staying|sleeping|stay|sleep|living) (?:at|in) (?:a|the) (?:womens |women s |domestic violence |dv |emergency )(?:shelter|refuge|hostel)\b",
            r"\b(?:he|she) is (?:screaming|shouting|yelling|banging|hammering|raging|kicking)\b(?: \w+){0,2}? (?:outside|at the door|downstairs|in the hall|through the door)\b|\bi am in the (?:bathroom|bedroom|car|closet|wardrobe|cupboard|basement|shed) with the door locked\b",
            r"\b(?:took|grabbed|got) the (?:kids|children|baby)\b(?: \w+){0,3}? (?:we are|and we are) at\b",
            r"\bhe does not know where (?:i|we) (?:am|are|went)\b",
            r"\bhe does not know yet$",
            r"\b(?:sitting|parked|waiting|sleeping) (?:in|at|outside) (?:a|the) police station\b",
            r"\b(?:i|we) (?:left|got out|escaped|ran|fled)\b(?: \w+){0,3}? with (?:nothing|just the clothes|only the clothes|no money|no shoes|no phone)\b",
            r"\b(?:i|we) (?:just |finally )?(?:left|walked out on|got away from|ran from|escaped from|ran away from) (?:him|her|he)\b(?: \w+){0,3}? (?:now|tonight|today|this (?:morning|evening|afternoon)|an hour ago|last night|minutes ago)\b",
            r"\b(?:i|we) (?:just )?(?:left|got away from|escaped from|ran away from) (?:him|her|he)$",
            r"\b(?:i am|we are) (?:in|at) (?:the|a|my) (?:car|motel|hotel|station|bus station|train station|car park|parking lot|petrol station|gas station|police station|hospital|friends|neighbors|moms)\b(?: \w+){0,3}? with (?:the|my|our) (?:kids|children|baby|son|daughter|dog)\b(?: \w+){0,6}? (?:left|ran|got out|escaped|got away|hiding|he|him|can not go)\b",
            r"\b(?:i|we) (?:got out|left|ran|escaped|fled)\b(?: \w+){0,4}? (?:and i am|and we are|driving|going|to (?:my|the|a) (?:moms|mom|sisters|friends|neighbors|neighbours|shelter|refuge|car|police))",
            rf"\b(?:ran|run|running|fled|flee|fleeing|escaped) to (?:the|my|a) (?:neighbors|neighbours|neighbor|friends|police station|shelter)\b|\bran to (?:the|my) car (?:and (?:locked|drove|left|hid)|with the (?:kids|baby|children))\b|{SOMEONE_ELSE}\bwent to (?:the|a) (?:womens |women s |domestic violence |dv )?(?:shelter|refuge)\b",
            r"\b(?:packed|put|got|took) the (?:kids|children|baby)(?: \w+){0,4}? (?:and (?:we )?(?:left|ran|drove|went))\b(?! (?:early|late|at|after|before|for|to the (?:park|beach|shops|zoo|cinema|pool))\b)",
            r"\b(?:staying|sleeping|stay|sleep) (?:at|in) (?:a|the) (?:shelter|refuge|motel|womens shelter)\b",
            r"\b(?:do not|don t) know where to (?:go|stay|sleep)\b",
            r"\b(?:had|have|need|needed) to get away from (?:him|her|he)\b",
            rf"\blocked myself in\b{FOR_SOME_PEACE}|\b(?:locked|barricaded) (?:myself|us|me and the kids) in\b{FOR_SOME_PEACE}",
            r"\b(?:trying to|going to|about to) (?:break|kick|smash|bust) (?:down |in )?(?:the|my) (?:\w+ )?(?:door|window)\b|\bbreak (?:the|my) (?:door|window) down\b",
            r"\b(?:at|in) a (?:motel|hotel|shelter|refuge)(?: \w+){0,3}? (?:because|away from|to get away|hiding)\b",
            r"\b(?:i am|we are|i have been|we have been) (?:hiding|hidden|locked|shut|barricaded)(?! (?:the |some |his |her |their |a |my )?(?:vegetables|veg|veggies|presents?|gifts?|sweets|chocolate|treats|easter eggs|eggs|cake|biscuits|crisps)\b)(?: \w+){0,2}? (?:in|from|at|behind|inside|under)\b(?! (?:a |an )?(?:battle|argument|stalemate|debate|dispute|row|war|cycle|pattern|loop|routine)\b)",
            rf"{A_SURPRISE_IS}\bhiding (?:in|from|at|under|behind|inside|with)\b(?!(?: \w+){{0,3}}? (?:eating|with (?:a |the |my |some )?(?:chocolate|biscuits?|cake|wine|crisps|snacks|book|cuppa|coffee|tea)\b))",
            r"\b(?:he|she) is (?:outside|at|by|banging on|pounding on) the (?:door|house|window|front door|bedroom door)\b",
            r"\b(?:banging|pounding|kicking) (?:on|at|down) the (?:door|window)\b",
            r"\b(?:he|she) is (?:trying to get in|looking for me|coming for me|out there)\b",
            r"\b(?:he|she) is (?:on (?:his|her) way|coming) (?:over|here|home|back)?(?: \w+){0,4}? (?:furious|angry|drunk|raging|mad|scared|i am|and i)",
            r"\bi (?:need|have|got) to (?:get out|leave|get away|escape)(?: \w+){0,2}? (?:now|tonight|today|of (?:here|the house|this house)(?= *$| now| tonight| right| before| he\b| or\b| because| i am)|from him|right away|before he)|\bi need to get out$",
            r"\bi need to leave (?:now|tonight|right now)\b|\bi need to leave$",
            r"(?<!keeps )\b"
            rf"{NOT_MY_RUNNING}"
            r"(?:ran|run|running|fled|flee|fleeing|escaped|snuck|sneaked|sneak\w*) (?:away|out|off)\b(?!(?: \w+){0,3}? to (?:get|buy|pick up|collect|grab|order) (?:his|her|their|the|a) (?:birthday |christmas |anniversary )?(?:present|presents|gift|gifts|cake|card|surprise)\b)"
            rf"{RUN_OFF_IF}"
            r"(?!(?: \w+){0,9}? (?:forgot|left) (?:my|the|his|her) (?:lunch|packed lunch|sandwiches|coffee|homework|gym bag|pe kit|lunchbox)\b)(?! (?:with|to) (?:my|the) (?:friends|girls|lads)| of (?!(?:the|his|her|our) (?:house|flat|apartment|room|building|car|place)\b|there\b)| (?:to|for|and) (?:get|buy|grab|catch|pick|fetch|the shops|the store|a)\b| the door (?:to|for)\b| together| to (?:get married|vegas|elope)| for (?:the|a) (?:weekend|week|holiday|day|night|honeymoon)| to the (?:coast|beach|seaside|country|mountains|cottage|lakes|shops|store)\b)",
            r"\b(?:leave|leaving) (?:him|her|he) (?:tonight|today|now|right now|while|when)\b",
            r"\b(?:took|grabbed|got|take|taking|grab) the (?:kids|children|baby)(?: \w+){0,2}? (?:and (?:left|ran|went|we are|are)|out)\b(?! (?:early|late|at|after|before|for|to the (?:park|beach|shops|zoo|cinema|pool))\b)"
            rf"{SO_I_COULD_REST}",
            r"\bnowhere (?:to go|to stay|safe|to sleep)\b|\bno where to (?:go|stay)\b",
            r"\b(?:safe place|somewhere safe|a place to hide|place to stay tonight)\b",
            r"\bwhisper\w*\b(?: \w+){0,4}? (?:he|so he|because he|can not hear|next room|in the)",
            r"\bcan not go (?:back|home)(?: in| there| inside)?\b",
            r"\bpacked a bag\b(?! for (?:the|a|my|our|his|her) (?:hospital|holiday|trip|weekend|gym|beach|flight|conference|baby|birth|sleepover|camping|school|work|wedding))|\bgo bag\b|\bescape bag\b",
            r"\b(?:at|in) (?:a|my|the) (?:friends|neighbors|sisters|moms|brothers|refuge|shelter)(?: \w+){0,3}? hiding\b",
            r"\b(?:in|inside) the (?:wardrobe|closet|cupboard) with\b",
            r"\bhe is (?:still )?inside\b|\bhe does not know where (?:i|we) (?:am|are)\b",
            # fleeing and hiding said every way: a refuge, a safe house, out the window, barricaded in, as far as i can get
            rf"{SOMEONE_ELSE}\b(?:i am|we are|i have been|we have been|i was|we were|staying|sleeping|living|now|took us|took me|went|going|got|get|ended up|moved|me and the kids) (?:\w+ ){{0,2}}?(?:to |at |in |into )(?:a |the )?(?:refuge|safe house|womens shelter|womens refuge|dv shelter|shelter)\b(?! (?:for (?:the )?(?:homeless|animals|dogs|cats))\b)",
            r"\b(?:got out|fled|escaped|snuck out|sneaked out|ran|ran off|ran away) with (?:the|my|our) (?:\w+ )?(?:kids|children|baby|son|daughter|girls|boys|little one|dog)\b",
            r"\b(?:left|got out|ran|snuck out|sneaked out|drove off|fled|went)\b(?: \w+){0,3}? in the (?:middle of the night|dead of night)\b(?! (?:to catch|for (?:a|the) (?:flight|ferry|train)))",
            r"\b(?:changed|change|changing) my (?:name|number|phone number)\b(?: \w+){0,4}? (?:and moved|and left|because of (?:him|her)|(?:he|she) can not|(?:he|she) does not)|\b(?:left|moved|fled)\b(?: \w+){0,8}? (?:and )?changed my (?:number|name)\b",
            r"\b(?:drove|ran|fled|moved|flew|escaped|left)\b(?: \w+){0,12}? to get away from (?:him|her|he)\b",
            r"\bhiding\b(?: \w+){0,2}? (?:because|till|until|(?:he|she) (?:does not|can not|will not)|while (?:he|she)|(?:he|she) is)\b(?! (?:it is|its) (?:a )?(?:surprise|present|gift))",
            r"\b(?:he|she) (?:still )?(?:does not|doesnt|can not|must not|will not|never) (?:know|find out) where(?: (?:i|we) (?:am|are|went|live|moved|are staying|am staying))?$",
            r"\bbarricad\w*\b",
            r"\b(?:mov\w*|changed|hid\w*|left|fled|new (?:name|number|address))\b(?: \w+){0,6}? (?:he|she) (?:can not|could not|will not|would not|does not|never|must not) (?:find|track|trace) (?:me|us)\b",
            r"\b(?:get|go|run|drive|got) as far (?:away )?as (?:i|we) (?:can|could)\b",
            r"\b(?:climbed|climb\w*|jumped|jump\w*|got|went|ran|snuck|sneaked|slipped|crawled) (?:out|over|through) (?:of )?(?:the |a |my )?(?:back |front |bedroom |bathroom |kitchen |side |garden )?(?:window|back door|back|fence|wall|gate)\b(?: \w+){0,6}? (?:ran|run|fled|got away|hid|hiding|with (?:the|my|our) (?:\w+ )?(?:kids|children|baby|son|daughter)|while (?:he|she)|before (?:he|she)|and i am|and we are|i am not going back)",
            r"\b(?:jumped|climbed|hopped|scaled) (?:over )?the (?:back |garden |side |neighbors )?(?:fence|wall|gate)\b(?: \w+){0,3}? (?:and )?(?:ran|run|legged it|fled|got away|hid)",
            r"\b(?:not|never) (?:to )?tell (?:him|her|he|anyone|anybody) where (?:i|we) (?:am|are|live|moved|went|am staying|are staying)\b",
            r"\b(?:ticket|bag|flat|money|cash|plan|move|moving|leaving|escape|going)\b(?: \w+){0,6}? (?:and )?(?:he|she) (?:can not|must not|must never|can never|should not) (?:know|find out)\b",
            r"\b(?:i|we) (?:am|are) (?:not|never) going back\b(?! to (?:work|that (?:job|shop|restaurant|gym|place|hairdresser)|the (?:gym|office|shop|restaurant|dentist|doctor|salon|hairdresser|pub|store)|uni|school|college|church))",
            r"\b(?:i am|we are|i have been|we have been) (?:at|in|outside) (?:a|the) police station\b",
            r"\b(?:he|she) (?:thinks|will think|think) (?:nobody|no one|noone) is (?:home|here|in)\b|\b(?:lights off|in the dark)\b(?: \w+){0,4}? (?:he|she) (?:thinks|will think|does not know|can not see)",
            r"\b(?:tried|try|trying) to (?:leave|get away|escape|run)\b(?: \w+){0,3}? (?:he|she) (?:found|find|finds|tracked|dragged|brought|caught|followed)\b",
            r"\b(?:movers|removal (?:men|van|company)|removalists|moving van)\b(?: \w+){0,4}? (?:while|when) (?:he|she)\b",
            r"\bpack\w* (?:a |my |the kids )?bags?\b(?: \w+){0,2}? (?:before|while) (?:he|she) (?:gets|comes|is)\b|(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bget )(?<!\bgot )\blocked in the (?:bathroom|bedroom|toilet|car|spare room|wardrobe|closet)\b",
            r"(?<!\bcat )(?<!\bdog )(?<!\bbird )(?<!\bhe )\b(?:got|climbed|jumped|snuck|crawled) out (?:of )?(?:the|a|my) (?:\w+ )?window\b",
            r"\bleft with (?:the kids|the children|the baby|my kids) and (?:my phone|nothing|the clothes|what we|our clothes)\b(?! (?:to|for) (?:the )?(?:park|beach|shops|zoo|school|pool|cinema))|\bwith (?:whatever|what) (?:we|i) could (?:carry|grab|fit)\b",
            r"\b(?:bag|key|keys|kids|shoes|passport|car)\b(?: \w+){0,5}? ready to (?:run|bolt|get out|leave in a hurry)\b|\b(?:he|she) is (?:back|home|here|coming)\b(?: \w+){0,2}? (?:need|have|got) to (?:go|leave|get out|hide)\b",
            r"\b(?:on the road|walking|ran|running|in the street)\b(?: \w+){0,3}? in my (?:pyjamas|pajamas|nightie|nightdress|slippers|dressing gown|bare feet)\b|\bin my (?:pyjamas|pajamas|nightie|nightdress|slippers|dressing gown|bare feet)\b(?: \w+){0,3}? (?:on the road|outside|walking|ran|running|in the street|towards town)\b",
            r"\b(?:where is|wheres|where are|find|nearest|closest|get into|get in to|get a place in|go to|stay in|stay at)\b (?:the |a |one of those |the nearest )?(?:\w+ )?(?:shelters?|refuges?|safe houses?)\b(?! for (?:the )?(?:homeless|animals|dogs|cats))(?!(?: \w+){0,3}? (?:in|on) (?:this|the|my|a) (?:video |computer )?(?:game|level|map|mission)\b)(?!(?: \w+){0,16}? (?:that was|that is|it was|it is) (?:all )?(?:a long time ago|years ago|ages ago|done|over|finished|behind me|in the past)\b)",
            r"\b(?:could not|can not) (?:stay|sleep|be) (?:in the house|at home|home|there|in there)(?: \w+){0,2}? (?:tonight|anymore|after what)\b(?! (?:it|because) (?:was|is) (?:too )?(?:hot|cold|noisy|stuffy))|\bwithout (?:him|her) (?:finding|tracking|following) (?:me|us)\b",
            r"\bhiding(?: now)?$|\bno idea where (?:we are|i am) (?:driving|going|heading|staying|sleeping)\b",
            r"\b(?:lights off|turned (?:the|all the) lights off|curtains (?:shut|closed))\b(?: \w+){0,4}? (?:he|she) (?:would not|will not|could not|can not|does not|did not) (?:see|find|know)\b",
            r"\b(?:is there|are there|do you know|any|know of|looking for) (?:a |any )?(?:womens |domestic violence |dv |emergency )?(?:refuges?|shelters?|safe houses?)\b(?! for (?:the )?(?:homeless|animals|dogs|cats))(?!(?: \w+){0,3}? (?:in|on) (?:this|the|my|a) (?:video |computer )?(?:game|level|map|mission)\b)|\b(?:refuges?|shelters?|safe houses?) (?:that|which|who) (?:takes?|accepts?|will take|would take|has room|have room|has space|have space|lets)\b",
        ),
        "possible": (
            # having fled, said in a few words: "i got away", "we escaped". Wanting or planning to leave a
            # partner ("thinking about leaving", "i want to leave him") is what this skill helps people
            # think through, not a sign of danger by itself: no rule hears it.
            r"\b(?:i|we) (?:got away|escaped|finally got away)(?! \w)",
            r"\b(?:i|we) (?:am|are) (?:getting|going to get) away(?: from (?:him|her|he)| now| tonight)?(?! \w)",
            r"\b(?:hid\w*|hidden|stash\w*|secretly|(?:at|with|to) (?:my )?(?:sisters|mums|moms|friends|neighbors|brothers|parents|mates|work)|passports?|documents|birth certificates?|papers|bag packed)\b(?: \w+){0,6}? (?:(?:just )?in case$|(?:just )?in case (?:he|she|something|anything|i (?:have|need) to (?:go|leave|run|get out))|for when i (?:need to )?(?:go|leave|run|escape|get out)|i can (?:go|leave|get out|get away|run|escape))",
            rf"\b(?:leav(?:e|ing)(?! (?:the|a|my|for work|early|work)\b)|sneak\w* out|snuck out|slip\w* out|move\w* out|get away|getting away|escape|run|get out|getting out)\b(?: (?:him|her|with the kids|with the children|with the baby))?(?: \w+){{0,3}}? {AWAY}",
            r"\bplan\w* to (?:get out|leave|escape|get away|run|move out|go)\b(?: \w+){0,4}? (?:when|while|before|once) (?:he|she)\b",
            r"\b(?:get|got|getting|take|took|grab|sneak|smuggle)\w* (?:the |my |our |all the )?(?:\w+ )?(?:birth certificates?|passports?|documents|papers|paperwork)\b(?: \w+){0,4}? (?:out|away|to (?:my|a|the) \w+)\b",
            rf"{A_SURPRISE_IS}\b(?:pack\w*|sav\w*|stash\w*|hid\w*|put\w* away|look\w* (?:at|for) (?:flats|places|houses|apartments|rooms|rentals)|plan\w*|book\w*(?! us\b| (?:a |an |our |the )?(?:couples|counsel\w*|therap\w*|session)\b)|moving)\b(?!(?: \w+){{0,3}}? (?:surprise|present|presents|gift|gifts|cake|birthday|anniversary|christmas)\b)(?: \w+){{0,8}}? (?:quietly|secretly|in secret|without (?:him|her|he) knowing|behind (?:his|her) back|(?:he|she) (?:does not|will not|can not) (?:know|find out|notice|see))\b(?!(?: \w+){{0,4}} (?:surprise|present|gift|party|birthday|anniversary|proposal|holiday))",
            r"\b(?:secretly|quietly) (?:pack\w*|sav\w*|putting|stash\w*|look\w* (?:at|for) (?:flats|places|houses|apartments|rooms))\b(?!(?: \w+){0,4} (?:surprise|present|gift|party|birthday|anniversary|proposal|holiday))",
            r"\b(?:what time|when) (?:he|she) (?:leaves|goes out|goes to work|is out|gets back|comes home)\b(?: \w+){0,4}? (?:i will|i can|i am going to|i could) (?:go|leave|get out|run|make a run|slip out|sneak out|get the kids)",
            r"\btill (?:things are|it is|i am|we are) safe\b",
            r"(?<!hill )(?<!hills )(?<!stitch )\bon the run\b(?! (?:this|yesterday|today|tonight|earlier)\b)|\bstaying away from (?:home|the house|him|her)\b(?! for (?:work|a conference))",
            r"\b(?:sleeping|slept|staying|stayed) (?:at|in) (?:the|a) (?:bus station|train station|station|car park|airport)\b|\bwhere (?:can|could|should|do|does) (?:he|she|a woman|someone) (?:go|stay|sleep)\b(?: \w+){0,2}? (?:tonight|now|right now)\b",
            r"\b(?:stash\w*|hid\w*|sav\w*|put\w*|squirrel\w*)\b(?: \w+){0,4}? (?:money|cash|tenner|fiver|pounds|dollars|quid|aside|away)\b(?: \w+){0,8}? (?:to leave(?! for| work| early)|for when i (?:finally )?(?:leave|go|run)|to get out|to get away from|i can leave|to escape)\b|\bwhen i (?:run|escape)$",
            r"\bgoing (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next week)\b(?: \w+){0,2}? (?:when|while) (?:he|she) is (?:at work|out|away|asleep)\b(?! (?:to|for) (?:the|a|my)\b)",
            r"\b(?:the minute|the moment|the second|as soon as|once|when|while)\b (?:he|she) (?:is|falls|goes|has gone|has fallen|is fast) (?:asleep|out|off to work|to work|at work|away|on shift|to the pub|down the pub|on nights)\b(?: \w+){0,4}? (?:i am|i will|we are|we will|i plan to|i can|i could|i have to)\b (?:going to )?(?:slip out|sneak out|leave|be leaving|get out|run|make a run for it|make a break for it|take the kids|bolt|be gone|be off|go|going)\b",
            r"\b(?:i am|we are|i will be|we will be) (?:going|off|heading|out|gone)\b(?: there| to (?:my|her|his|the) \w+)?(?: \w+){0,2}? (?:the minute|the moment|the second|as soon as|once) (?:he|she) (?:is|goes|has gone) (?:asleep|out|off to work|to work|at work|away|on shift|to the pub)\b",
            r"\b(?:plan\w*|going|about|ready|want\w*) to (?:leave|go|get out|run|escape|sneak out|slip out)\b(?: \w+){0,3}? (?:at night|in the night|tonight|in the middle of the night|before (?:dawn|sunrise|he wakes))\b(?: \w+){0,3}? with (?:the|my|our) (?:kids|children|baby|son|daughter|little ones)\b|\b(?:plan\w*|going|about|ready) to (?:leave|go|get out|run|escape|sneak out) with (?:the|my|our) (?:kids|children|baby|son|daughter|little ones)\b(?: \w+){0,2}? (?:at night|in the night|in the middle of the night|before (?:dawn|sunrise|he wakes))\b",
        ),
    },
    "fear": {
        "clear": (
            r"\b(?:sleep|sleeping|slept) with (?:the|my) (?:\w+ )?(?:door|doors) (?:locked|barricaded|wedged)\b(?: \w+){0,3}? (?:because of (?:him|her|he)|(?:he|him) (?:can not|will not|could not)|in case he|from (?:him|her))|\bchair (?:under|against) the (?:door|door handle)\b",
            r"\bliv\w* in (?:constant |total |absolute )?(?:fear|terror|dread)\b(?! of (?:losing|failing|spiders|heights|being late|flying|missing|the dentist|exams?|my boss|redundancy|getting fired))",
            r"\b(?:scared|afraid|terrified|frightened) (?:stiff|shitless|witless|sick|to death|out of my (?:mind|wits|skin)) (?:of )?(?:him|her|he|when he|of what he)\b",
            r"\bfear (?:for )?(?:my|our) (?:life|lives|safety|kids|children)\b",
            r"\b(?:scared|afraid|terrified|frightened) (?:to death |out of my mind |stiff |witless )?of (?:him|her|he)\b",
            r"\b(?:freeze|shake|panic|flinch)\w*(?: \w+){0,2}? (?:every time|whenever|when) (?:he|she) (?:raises|yells|shouts|comes|gets|walks)",
            r"\b(?:scared|afraid|terrified|frightened) (?:to|of) (?:sleep|sleeping|stay|staying|be|being|live|living)(?: \w+){0,4}? (?:same house|with him|with her|near him|home|here)\b",
            r"\bwhen (?:he|she) finds out i (?:talked|told|called|spoke)\b",
            rf"{AW} (?:scares|scared|frightens|frightened|terrifies|terrified|petrifies) (?:me|the kids)\b",
            rf"\b{FEAR} (?:of|for) (?:him|her|he|my life|my safety|my kids|my children|the kids|what (?:he|she|might|could|will))\b(?! (?:will |would |might |is going to |may )?(?:say|think|reply|answer)(?: (?:when|if|about|to (?:that|this|it))\b|$))",
            rf"\b{FEAR} (?:of )?what (?:he|she)(?: \w+){{0,2}}? (?:do|does|did)\b",
            rf"\b{FEAR}(?: \w+){{0,2}}? (?:he|she|they) (?:will|would|might|could|is going to|was going to) (?:hurt|kill|harm|hit|find|do|come|snap|lose it)",
            rf"\b{FEAR} (?:to|of) (?:go|going|be|being) (?:home|alone with|back)\b",
            rf"\b{FEAR} (?:to|of) (?:say|saying|tell|telling) (?:him|her|he|no to (?:him|her|he))\b(?! (?:i love|i like|how i feel|that i love|i fancy)\b)",
            rf"\btoo {FEAR} to (?:say|tell|leave|speak|go home|say no)\b(?! (?:him|her) (?:i love|i like|how i feel|that i love|i fancy)\b)",
            r"\b(?:i do not feel|do not feel|never feel|i never feel|i am not|i feel not|not feeling|am not feeling) safe\b(?! (?:sharing|to share|expressing|to express|showing|to show) (?:my |how i )?(?:feelings|emotions|feel)\b)|\b(?:i am|i feel|feeling) (?:not safe|unsafe)\b|\b(?:i am|we are|i feel|we feel) (?:never|no longer|not ever|not) (?:really )?safe\b(?! (?:to (?:eat|drink|use|say|assume)|for (?:the|a|kids|children|dogs)|from (?:the )?(?:rain|sun|cold|virus|covid)))",
            r"\bunsafe\b|\bin danger\b|\bmy life is in danger\b",
            # doubt about being safe at home is fear too: "not sure I'm safe", "I don't know if we're safe here"
            r"\b(?:not sure|unsure|do not know|i do not know|wonder|wondering) (?:if |whether |that )?(?:i am|we are|i feel|i will be|we will be|i would be) (?:\w+ )?safe\b(?! (?:to (?:eat|drink|use|say|assume|drive)|for (?:the|a|kids|children|dogs)|from (?:the )?(?:rain|sun|cold|virus|covid)))",
            r"\b(?:jump|flinch|jumped|flinched|tense up|freeze)(?: \w+){0,3}? (?:every time|whenever|when) (?:i hear|he|she|his|her)\b",
            r"\bhide (?:in|from)(?: \w+){0,3}? (?:when he|from him|from her)\b|\bhide in the \w+ when\b",
            rf"\b{FEAR} all the time\b",
            r"\b(?:worried|terrified|scared|afraid) (?:about )?what (?:he|she|my \w+)(?: \w+)? (?:will|would|is going to|might) do\b",
            r"\b(?:lie|lay|lying) awake(?: \w+){0,3}? (?:worried|scared|afraid) (?:about )?what (?:he|she)",
            r"\bcreeps\b(?: \w+){0,6}? (?:what he|do not know what)",
            r"\b(?:can not|do not|never) (?:sleep|relax|rest|settle|breathe)\b(?: \w+){0,2}? (?:until|till|unless|before) (?:i know )?(?:he|she) (?:is |has )?(?:passed out|asleep|gone|out|left|fallen asleep)",
            r"\bhold (?:my )?breath\b(?: \w+){0,2}? (?:when|whenever|every time|until|till|around) (?:he|she|his|him|her)\b",
            r"\b(?:lie|lay|lying|sit|sat|wait|waiting) (?:awake |up )?(?:\w+ ){0,2}?listening (?:for|out for) (?:his|her|him|the door|the car|the key|footsteps)",
            r"\bsick with (?:fear|dread|worry|nerves)\b",
            r"\b(?:dread\w*|fear|panic)\b(?: \w+){0,3}? (?:sound|noise|sight) of (?:his|her) (?:\w+ )?(?:car|ute|truck|van|key|keys|footsteps|voice|bike|motorbike)\b",
            rf"{AW} (?:scares|scared|frightens|frightened|terrifies|terrified) the (?:life|hell|shit|crap|living daylights|bejesus|bejeezus) out of (?:me|the kids|us)\b",
            r"\b(?:keys?) in the (?:door|lock)\b(?: \w+){0,3}? (?:stomach|heart|i freeze|i panic|i shake|i jump|dread)\b|\bone of (?:his|her) moods\b(?: \w+){0,4}? (?:scared|afraid|frightened|terrified|nervous|hide|quiet)\b",
            rf"\b{FEAR} of (?:your|my|his|her) own (?:husband|wife|partner|boyfriend|girlfriend)\b",
            r"\b(?:when|as soon as|the moment|once)\b (?:his |the |he |she )?(?:car|van|truck|key|keys)\b(?: \w+){0,2}? (?:pulls in|pulls up|in the door|in the lock|turns in the lock|comes up the drive|in the drive)\b(?: \w+){0,3}? (?:i feel sick|my stomach|i freeze|i panic|i shake|i tense|i start shaking|my heart)\b|\bnothing for (?:him|her) to (?:find wrong|complain about|kick off about|pick on|shout about|get angry about|moan about)\b",
        ),
        "possible": (
            # fear said bare, as the answer to "how are you feeling": "kind of scared yeah"
            r"^(?:i am |i feel |feeling |i was |am |so |very |really )*(?:scared|afraid|frightened|terrified|petrified)(?: yes| yeah| now| still)?$",
            r"\b(?:scared|afraid|terrified|frightened|worried) (?:of )?how (?:he|she) (?:will|would|might|is going to) react\b",
            r"\b(?:knot|knots|pit|sick feeling|dread|chill|chills|shiver|shivers)\b(?: \w+){0,3}? (?:when|whenever|every time|as soon as) (?:i hear|i see|he|his)\b(?: \w+){0,3}? (?:key|keys|car|door|voice|footsteps|truck|van|home|comes|gets|walks|pulls)\b",
            r"\b(?:do not|never) know what (?:he|she) (?:will|would|is going to|might) do next\b",
            r"\b(?:heart races|stomach drops|stomach turns|go cold|freeze up)(?: \w+){0,3}? (?:when|whenever) i (?:hear|see) (?:his|her|him)\b",
            r"\b(?:tiptoe|tip toe|walk carefully)\w* (?:a)?round (?:him|her|he)\b(?!(?: \w+){0,8}? (?:night shifts?|nights|nightshift|asleep|sleeping|sleeps|napping)\b)",
            r"\b(?:i am|i feel|i felt|i was|i have been|i get|makes me|made me|feeling) (?:so |very |really )?(?:trapped|terrified|petrified|intimidated)\b(?! (?:in|at|by) (?:this|my|the|a|that) (?:\w+ ){0,2}(?:job|career|contract|lease|mortgage|course|degree|office)\b| in (?:the same|this marriage|a rut|the routine)| (?:of (?:heights|spiders|flying|needles|public|the dentist|snakes|dogs|the dark|clowns|failing|losing|being alone))| i (?:would|forgot|will)| we\b| that (?:we|i)| (?:at|in|during|before|for|about) (?:the|my|a|an|his|her|our|this) (?:\w+ )?(?:interview|exam|test|presentation|audition|wedding|speech|match|game|concert|gig|meeting|appointment|dentist|doctor|operation|surgery|flight|birth|party|date|movie|film|ride|show|race))"
            rf"{NOT_OF_A_PERSON}",
            r"\b(?:nervous|anxious|on edge|panic\w*|sick to my stomach|freeze|shaking)(?: \w+){0,3}? when i hear (?:his|her|him|he|the)\b",
            r"\bwalk\w* on eggshells\b(?!(?: \w+){0,4}? (?:at work|in the office|because (?:of )?(?:the|my) (?:boss|manager|teacher|coach))\b)(?! (?:about|around|with) (?:his|her|the|my) (?:mom|mother|dad|father|family|sister|brother|parents|job|work|boss|ex))(?! (?:about|around|with) (?:money|bills|work|politics|the budget|religion|the holidays|christmas|chores|the house|the wedding)\b)",
            r"\bdread\w*(?: \w+){0,3}? (?:him|he|her|coming home|going home|the door)\b"
            rf"{ON_THE_ROADS}",
            r"\b(?:nervous|anxious|on edge|tense|uneasy|jumpy)(?: \w+){0,3}? (?:when (?:he|she)|around (?:him|her)|with (?:him|her)|(?:he|she) comes home|of (?:him|her))\b(?! (?:is )?(?:driving|flying|cycling|riding|on the road|on the motorway|at sea|travelling)\b)",
            r"\b(?:shaking|trembling)(?: \w+){0,3}? (?:him|he|her)\b",
            r"\bskin crawl\b",
            rf"\b{FEAR} (?:of )?how (?:he|she) gets\b",
            r"\b(?:work out|check|gauge|read|figure out|see|judge|watch)\w* (?:what mood|his mood|her mood|how (?:he|she) is|his face|her face)\b(?: \w+){0,6}? before i (?:say|do|speak|open|ask|go)",
            r"\b(?:rehearse|practice|practise|script|plan)\w* (?:everything|every word|what) i (?:say|do)\b",
            r"\b(?:keep quiet|stay quiet|keep my mouth shut|say nothing|go along with it|keep the peace|do what (?:he|she) says|agree|apologi[sz]e|shut up|tiptoe)\b(?: \w+){0,2}? (?:he|she) (?:does not|will not|would not|do not) (?:kick off|lose it|explode|blow up|snap|flip|go off|get angry|go mad|start|hit|hurt)\b",
            r"\bbrac\w* (?:myself )?for (?:the next (?:thing|one|explosion|outburst|blow|row)|him|her|his (?:mood|temper|next)|when (?:he|she)|the worst when)",
            r"\b(?:do not|never|can not) (?:know|tell|predict|guess) what (?:he|she) (?:will|would|is going to|might) do\b(?: next| if| when| to me| this time)",
            r"\b(?:dread\w*|scared|terrified|fear|panic\w*|anxious|shaking|on edge)\b(?: \w+){0,5}? (?:before|until|till|when|whenever) (?:he|she) (?:gets in|gets home|comes home|comes in|walks in|gets back|is due home|pulls up)",
            r"\bheart (?:races|pounds|thumps|jumps|pounding|racing)\b(?: \w+){0,6}? (?:in case|every time (?:he|his|her|my phone))\b|\bin case (?:it is|its) (?:him|her|he)\b",
            r"\bon edge (?:as usual|again|all the time|every (?:day|night)|at home|in my own home|around (?:him|her))\b",
            r"\b(?:never|do not|can not) (?:know|tell|predict|guess) what (?:mood|state|temper) (?:he|she) (?:will be|is going to be|is|might be) in\b",
            r"^(?:\w+ ){0,2}eggshells(?: again| tonight| today)?$|^(?:i am )?(?:scared|afraid|terrified|frightened) to (?:sleep|go home|go to sleep|close my eyes)(?: tonight| at night| here)?$",
            r"\bcan not (?:talk|speak)\b(?: \w+){0,2}? (?:he is (?:here|home|back|awake|listening|in the (?:next )?room)|he will hear)\b",
            r"\b(?:every (?:little )?(?:noise|sound)|every time the door)\b(?: \w+){0,2}? i (?:jump|flinch|freeze|panic|shake)\b|\bi am (?:so )?(?:scared|terrified|frightened|petrified)$",
            r"\bheart (?:races|pounds|thumps|jumps|pounding|racing)\b(?: \w+){0,3}? (?:he|she) is (?:awake|up|home|back|coming)\b|\bwhat if (?:he|she) (?:finds|sees|reads|hears) (?:this|it|my notes|these)\b",
            r"\b(?:watch|read|study)\w* (?:his|her) face\b(?: \w+){0,3}? (?:to see|to guess|to work out|to know) (?:which way|what (?:night|day|mood)|how (?:the night|it|tonight))",
            r"\b(?:do not|never|can not) (?:know|tell|predict|guess) what (?:he|she) (?:will|would|is going to|might) do$|\b(?:he|him|his|her|the way (?:he|she))\b(?: \w+){0,6}? (?:makes|made) my blood run cold\b",
            r"\b(?:keep|sleep with|sleep in) my (?:shoes|clothes|coat|trainers) on\b(?: \w+){0,4}? (?:in case\b(?! of)|ready\b)|\b(?:asked|asks) (?:me )?if i (?:feel|felt|am|was) safe\b(?: \w+){0,4}? (?:did not know|could not|said no|lied|froze)\b",
            r"\b(?:rehearse|rehearsing|practise|practice|practising|practicing|plan|planning|script|scripting|choose|choosing|pick|picking|weigh|weighing|watch|watching)\b(?: \w+){0,4}? (?:everything|every word|what i say|what i am going to say|my words|each word)\b(?: \w+){0,6}? (?:he|she) (?:does not|will not|would not|do not) (?:get|go|blow up|kick off|explode|lose it|snap|flip)\b",
            r"\b(?:he|she|who|stranger|man|person)\b (?:could|might|can|may) (?:snap|blow|explode|lose it|kick off|go off|flip)\b(?: \w+){0,2}? (?:any|at any) (?:second|minute|moment|time)\b",
        ),
    },
    "asks_help": {
        "clear": (
            # asking for the emergency number by its spoken name, or whether this is abuse: "call triple zero", "is this abuse"
            r"\b(?<!when to )(?<!how to )(?:call|ring|phone|dial|get|need|want) (?:the )?(?:triple zero|triple nine|triple one|ten triple nine|one one one|ten one one one|nine nine nine|nine one one|one one two|cops|police|guards|gardai|ambulance|emergency services)\b"
            rf"{ON_HER_EX}"
            r"(?! (?:from|on|with|through) (?:this|the|my|your) (?:speaker|device|echo|alexa|app|skill|thing)\b)(?! (?:because|about|over|after|when) (?:someone|somebody|some|a|the|my|our)\b(?: \w+){0,3}? (?:stole|nicked|broke into|robbed|burgled|vandali\w*|crash\w*|stolen|noise|party|parked|dog|dogs|cat|cats|horse|horses|cows|cattle|sheep|goats|barking|music|fireworks|car|cars|bike|rash|fever|temperature|cough|earache|toothache|tooth|chest infection|symptoms|prescription|tummy bug|sickness bug))(?! if (?:someone|somebody|a person|anyone|they|the casualty) (?:is|was|has|starts|stops) (?:choking|not breathing|unconscious|bleeding|having|breathing|collapsed|fitting)\b)(?!(?: \w+){0,5}? (?:when|after|because|as|cos) (?:he|my \w+|our \w+|the \w+|a \w+|an \w+|mom|dad|nan|gran|grandad|grandpa|grandma|granny|someone|somebody)\b(?: \w+){0,2}? (?:fell|slipped|tripped|collapsed|fainted|got stung|was stung|got bitten|was bitten|swelled up|had an? (?:fall|fit|seizure|stroke|heart attack|allergic reaction|asthma attack|hypo|accident|crash|funny turn)|saw (?:a|the|an) (?:\w+ )?(?:crash|accident|fire|collision|pile up)|went into labou?r|stopped breathing|choked on|ate (?:\w+ )?(?:chocolate|grapes|raisins|rat poison|slug pellets|a battery|a sock|something)|cut (?:his|her|my) (?:hand|finger|leg|head|arm)|burnt (?:his|her|my)|burned (?:his|her|my)|broke (?:his|her|my) (?:hip|leg|arm|ankle|wrist)|was (?:hit|knocked (?:down|off)) by (?:a|the) (?:car|van|bus|truck|lorry|bike|cyclist))\b)",
            r"\b(?:is|was|would) (?:this|that|it|what he does|what he did|what he is doing) (?:be )?(?:abuse|abusive|domestic abuse|domestic violence|violence|rape|assault|coercive control|coercion)\b(?! of\b)",
            r"^(?:please )?(?:can|could|will) (?:somebody|someone|anybody|anyone) (?:please )?help(?: me| us)?(?: please)?$",
            r"\btell me who (?:can|could|will|would) help\b|\bwho (?:can|could) help me\b",
            r"\bhow (?:do|can|should|would) (?:i|you|someone|a person|people) (?:leave|get out of|escape|get away from) (?:an? |my |this )?(?:abusive|violent|controlling|dangerous)\b|\b(?:i am|i think i am|am i|i have been|i was|we are|is this) (?:in )?an? (?:abusive|violent|controlling) (?:relationship|marriage)\b",
            r"\b(?:number|numbers|contact|helpline|hotline|line) (?:for|about) (?:abuse|domestic abuse|domestic violence|violence|abused|victims)\b",
            r"\b(?:need|want|have) to (?:talk|speak) to (?:someone|somebody|anyone)\b(?: \w+){0,3}? (?:about )?(?:what he|him|abuse|violence|what is happening at home|what happened with him)\b",
            r"\bwhere (?:can|do|does|should|could|would) (?:a |an )?(?:\w+ ){0,2}?(?:go|get help|turn|stay|call)\b(?: \w+){0,8}? (?:abus\w*|hit\w*|hurt\w*|beat\w*|violen\w*|unsafe|scared|afraid|danger)",
            r"\b(?:restraining order|protection order|protective order|order of protection|non molestation order)\b(?!(?: \w+){0,16}? (?:that was|that is|it was|it is) (?:all )?(?:a long time ago|years ago|ages ago|done|over|finished|behind me|in the past)\b)"
            rf"{ORDER_ENDED}",
            r"\bwho (?:do|can|should) i (?:talk to|tell|speak to) about (?:abuse|violence|him|what he)\b",
            r"\b(?:find|get) me (?:a|the) (?:shelter|refuge|safe place|lawyer)\b|\b(?:help|someone to help) me get (?:out|away)\b",
            r"^(?:please )?(?:call|get|find|send) (?:someone|somebody|help|the police|an ambulance)\b(?!(?: \w+){0,2}? (?:to )?(?:fix|look at|check|repair|service|sort out|read|clean|quote for)\b)",
            r"\b(?:number|numbers|contact) (?:for|of) "
            rf"{SERVICE_LINE}"
            r"(?:a |the )?(?:\w+ ){0,2}?(?:crisis line|hotline|helpline|shelter|refuge|police|help|someone)\b(?! for (?:my|a|her|his|our) (?:friend|mate|colleague|neighbor|client|patient|student|cousin)\b)"
            rf"{FOR_A_FRIEND}",
            r"\btell me (?:who|where|what number) (?:to|i can|i should) (?:call|go|ring|text)\b",
            r"^(?:please |somebody |someone |can you |could you |i need you to |for )?(?:help|help me|get help|get me help)(?: me)?(?: please)?(?: now| right now| quick| quickly| urgently)*(?: please)?$",
            r"^(?:please )?(?:somebody|someone|anybody|anyone) (?:please )?help(?: me)?(?: please)?$",
            r"^(?:please )?i need help(?: please| now| right now| urgently| asap| immediately)*$",
            r"\bi need help\b(?: \w+){0,2}? (?:now|urgently|asap|immediately|i am (?:scared|afraid|frightened|terrified|in danger)|he is|she is)\b",
            r"\b(?<!would )(?<!could )(?<!might )(?<!should )(?:help me|help us|need help)(?: \w+){0,2}? (?:please )?(?:he(?! (?:will not|would not|does not|refuses to|wont) (?:see|go to|talk to|come to|try) (?:anyone|anybody|someone|somebody|a counselor|a therapist|counseling|therapy|couples))|i am scared|i am afraid|i am in danger|now)\b",
            r"\bi am in (?:a )?(?:crisis|trouble)\b|\bin an emergency\b",
            r"\b(?:someone|somebody|anyone) to talk to (?:right )?now\b|\bi need someone (?:right )?now\b|\bi need (?:to talk to )?(?:someone|somebody) (?:please|now|right now)\b",
            r"(?:^|\bplease |\bcan you |\bi need to |\bi want to |\bi have to |\bshould i |\bhow do i |\blet me |\bhelp me )(?:call|ring|phone|text|reach|contact)(?: \w+){0,3}? (?:hotline|helpline|crisis line|help line|emergency number|police|shelter|refuge|ambulance|911|999|988|000|112|nine one one)\b",
            r"(?<!\bdo not )(?<!\bdid not )(?<!\bnever )\b(?:need|want|give me|get me|tell me|what is|whats|where is|send me|i need|find me)(?! to (?:be|become|join)\b)(?: \w+){0,3}? (?:hotline|helpline|crisis line|help line|emergency number|emergency numbers|crisis number|crisis numbers|police|shelter|refuge|ambulance|911|999|988|000|112|nine one one)\b",
            r"\bwho (?:can|do|should|could) i (?:call|ring|phone|talk to|text|turn to)\b(?! about (?:the |a |an |my |our |this )?(?:dead |stray |broken |missing |joint )?(?:app|skill|bug|account|bin|bins|boiler|heating|fox|badger|council|parking|leak|broadband|wifi|internet|order|delivery|refund|bill|insurance|pothole|streetlight|street light|tree|hedge|rubbish|vet|vets|plumber|electrician|dentist|mortgage|pension|bank)\b)",
            r"\bis there (?:a|any|an)? ?(?:number|shelter|refuge|one|anybody|somebody|someone|anyone|place|hotline|helpline)(?! for (?:relationship|couples?|marriage|family) (?:counsel\w*|therap\w*|guidance|mediation|advice|coaching|courses?|workshops?)\b)(?!(?: \w+){0,6}? (?:about|with|for) (?:the |a |an |my |our |this )?(?:dead |stray |broken |missing |joint )?(?:app|skill|bug|account|bin|bins|boiler|heating|fox|badger|council|parking|leak|broadband|wifi|internet|order|delivery|refund|bill|insurance|pothole|streetlight|street light|tree|hedge|rubbish|vet|vets|plumber|electrician|dentist|mortgage|pension|bank)\b)(?!(?: \w+){0,2}? (?:at|from) (?:the|my|our) (?:bank|council|surgery|garage|vets|building society)\b)"
            r"(?! for (?:farmers|carers|caregivers|young carers|students|pensioners|new (?:mums|moms|dads|parents)|parenting|money advice|debt|bereavement|grief|dementia|small business\w*)\b)(?!(?: \w+){0,6}? (?:not|is not|that is not) (?:for )?(?:an? )?emergenc\w*)(?: \w+){0,3}? (?:i can|who can|near|for|to call|that can)\b(?! (?:relationship|couples?|marriage|family) (?:counsel\w*|therap\w*|guidance|mediation)\b)",
            r"\bhow (?:do|can) i (?:get help|get to a (?:shelter|refuge|safe)|find a (?:shelter|refuge|safe)|get away|leave safely|get out)\b(?!(?<=get help) (?:with|using|on|for) (?:the|this|your) (?:app|skill|speaker|exercise|alexa|settings|device|echo)\b)",
            r"\bwhere (?:can|do|should) i (?:go|get help|talk to someone|stay|turn)\b",
            r"\bcan you (?:help me(?! (?:start$|get started\b|use (?:the|this|your) (?:app|skill)\b|plan (?:what|how) (?:to|i) (?:say|word|put|tell|bring|raise|start|open|phrase|break)|plan (?:the|a|our|my|this) (?:talk|conversation|chat)|pick|choose|decide|think|figure|word|phrase|remember|understand|find the words|make|write|draft|practice|practise|say|prepare|rehearse|work out|come up with|put together|put (?:my|the|this|it|that)|sum up|shorten|boil down|cut down|get (?:my|the|this) (?:\w+ )?(?:boundary|note|words|point|thoughts|plan|list)|organise|organize|sort out|with (?:the|this|that|my|a) (?:\w+ )?(?:wording|words|step|exercise|question|boundary|note|notes|plan|reflection|check in|example|bit|part)\b(?! where)|plan (?:a|the|our|my|this) (?:cheap |nice |special |surprise )?(?:date|date night|night out|dinner|birthday|anniversary|party|picnic|surprise)\b))|get (?:someone|somebody|help|me help|the police)|call (?:someone|somebody|the police|for help|911))\b",
            r"\bwhat (?:number|numbers) (?:do|can|should) i (?:call|ring|text)\b",
            r"^(?:the |a |some |your )?(?:\w+ ){0,3}?(?:hotline|helpline|help line|crisis line|crisis number|crisis numbers|emergency number|emergency numbers|lifeline|numbers for help)(?: number| numbers)?(?: please| now)?$",
            r"\bhelp me please\b|\bplease help me\b|\bsomebody help\b|\bsomeone help\b|\bsomebody please help\b",
            # a plan for safety, a place that helps, the police or an ambulance needed now, "help help", "emergency"
            r"\b(?<!fire )(?<!work )(?<!road )(?<!school )(?<!site )(?<!event )safety plan\w*\b(?! for (?:the|a|our|this|their) (?:\w+ )?(?:trip|school|class|event|festival|party|site|building|office|pool|camp|concert|match|hike|outing|excursion|visit|fair|parade|race|gala|sports day|disco|show|nativity|open day|residential|fun run)\b)",
            r"\b(?:place|places|someone|somebody|anyone|anybody|service|services|group|charity|organisation|organization|people|line|number)\b (?:that|who|which) (?:can )?(?:helps?|support\w*|take\w* in)\b(?: \w+){0,4}? (?:abus\w*|hit|hits|beat\w*|hurt\w*|violen\w*|victims|scared|in danger|whose (?:\w+ )?(?:husbands?|wives|wife|partners?|boyfriends?|girlfriends?))",
            r"\breport (?:him|he|her|this|what he did|what he is doing)\b(?: \w+){0,3}? (?:to )?(?:the )?(?:police|cops|guards|gardai)\b",
            r"^(?:please )?help(?: help)+(?: me)?(?: please)*$",
            r"\b(?:counts?|counted|classed|class|considered|qualif\w*|called) as (?:abuse|abusive|domestic \w+|coercive control|assault|rape|violence)\b",
            r"\b(?:need|needs|want|send|get) (?:an |a |the )?(?:ambulance|paramedics?)\b|\b(?:need|needs|send|get) (?:the )?(?:police|cops) (?:now|here|right now|please)\b",
            r"^(?:this is |it is |its )?(?:an )?emergency(?: please| help)*$",
            r"\b(?:need|want|get|getting|apply for|applying for|how do i get) (?:some )?protection (?:from|against) (?:him|he|her)\b|\bprotect me from (?:him|her|he)\b",
            r"\b(?:call|ring|phone|text|message|get) (?:my|me) (?:\w+ )?(?:sister|brother|mom|dad|friend|neighbor|neighbors|son|daughter|aunt|uncle|nan|gran|best friend|cousin)\b(?: \w+){0,8}? (?:now|right now|quick|quickly|urgently|asap|come (?:and )?get me|to come)$",
            r"\b(?:need|needs|want|ask|tell|say)\w* (?:her|him|them|someone|somebody|you|my \w+) (?:i need (?:her|him|them|you) )?to (?:come (?:and )?get me|come get us|come now|come quick)\b|\bi need (?:her|him|them|you|someone) to come (?:and )?get me\b",
            r"\b(?:need|want|get|send|give)\w* (?:me )?(?:some )?(?:emergency|urgent|immediate) (?:help|assistance|services)\b",
            r"\b(?:need|want|give me|get me|tell me|what is|whats|where is|send me|find me|can i have|can you give me|can you tell me|the number for|number of|number for)(?: \w+){0,6}? (?:womens aid|lifeline|samaritans|mens advice line|respect line|beyond blue|rape crisis|victim support|refuge|gender based violence|gbv|domestic violence|domestic abuse|family violence)(?! for (?:my|a|our|his|her) (?:\w+ )?(?:uncle|aunt|auntie|mum|mom|dad|brother|sister|cousin|nan|gran|grandad|grandpa|grandma|neighbour|neighbor|colleague|coworker|workmate|client|student|patient)s?\b)"
            rf"{FOR_A_FRIEND}"
            r" ?(?:\w+ )?(?:number|numbers|line|hotline|helpline|centre|center|command centre)?\b",
            r"\bis there (?:a|any|an)? ?(?:number|shelter|refuge|place|hotline|helpline|line|service)(?: \w+){0,6}? (?:for|who|that) (?:women|men|people|someone|victims|anyone)\b(?: \w+){0,3}? (?:abused|abuse|hurt|hit|scared|in danger|violence)",
            r"\bsend help\b|\bsos\b|\bmayday\b",
            r"^(?:call |ring |dial )?(?:triple zero|triple nine|triple one|nine one one|nine nine nine|one one two|ten triple nine|911|999|000|112|111|10111)(?: please| now)?$",
            r"\b(?:text|send|message)\w* (?:help|sos|code red|the code word|our code word|a code word)\b(?: \w+){0,2}? (?:to )?(?:my \w+|her|him|someone)\b|\b(?:send|text|message|tell|say)\w*\b(?: \w+){0,5}? (?:code red|code word|our code|safe word)\b",
            r"^(?:\w+ ){0,2}(?:domestic violence|domestic abuse|family violence|abuse|rape crisis|crisis|suicide|samaritans|lifeline|womens aid)(?: \w+)? (?:line|number|hotline|helpline)(?: please| now)?$",
            r"\b(?:need|want|going|have|how (?:do|can) i|should i) (?:to )?report (?:him|her|he|what he)\b(?! for (?:tax|benefit|parking|speeding))|\bconnect me (?:to|with)\b(?: \w+){0,4}? (?:helpline|hotline|line|police|refuge|shelter|someone|crisis)\b",
            r"\b(?:somebody|someone|anyone|you|police) (?:come|to come) (?:and )?check on me\b",
            r"\b(?:call|ring|phone|dial)\b(?<!how to call)(?<!how to ring)(?<!how to phone)(?<!how to dial)(?<!when to call)(?<!when to ring)(?<!when to phone)(?<!when to dial)(?<!learned to call)(?<!learned to ring)(?<!learned to phone)(?<!learned to dial)(?<!learnt to call)(?<!learnt to ring)(?<!learnt to phone)(?<!learnt to dial)(?<!taught to call)(?<!taught to ring)(?<!taught to phone)(?<!taught to dial) (?:one zero one|one oh one|nine nine nine|nine one one|triple zero|999|911|000|112|101)\b(?! (?:because|about|over|after) (?:someone|somebody|some|a|the|my|our)\b)(?!(?: \w+){0,5}? (?:when|after|because|as|cos) (?:he|my \w+|our \w+|the \w+|a \w+|an \w+|mom|dad|nan|gran|grandad|grandpa|grandma|granny|someone|somebody)\b(?: \w+){0,2}? (?:fell|slipped|tripped|collapsed|fainted|got stung|was stung|got bitten|was bitten|swelled up|had an? (?:fall|fit|seizure|stroke|heart attack|allergic reaction|asthma attack|hypo|accident|crash|funny turn)|saw (?:a|the|an) (?:\w+ )?(?:crash|accident|fire|collision|pile up)|went into labou?r|stopped breathing|choked on|ate (?:\w+ )?(?:chocolate|grapes|raisins|rat poison|slug pellets|a battery|a sock|something)|cut (?:his|her|my) (?:hand|finger|leg|head|arm)|burnt (?:his|her|my)|burned (?:his|her|my)|broke (?:his|her|my) (?:hip|leg|arm|ankle|wrist)|was (?:hit|knocked (?:down|off)) by (?:a|the) (?:car|van|bus|truck|lorry|bike|cyclist))\b)",
        ),
        "possible": (
            r"\bi (?:do not|no longer) know what (?:else )?to do anymore\b",
            r"\bwhat (?:do|should|can|would) i do (?:if|when)\b(?: \w+){0,2}? (?:it|things|he|she) (?:gets?|turns?|starts?) (?:\w+ )?(?:bad|worse|violent|physical|scary|out of hand|nasty) again(?: tonight| today| later| this weekend)?$",
            r"\b(?:should i|do i need to|i need to|i want to|can i|could i|i think i should)(?: be)? (?:talk|talking|speak|speaking|ring|ringing|call|calling|contact|contacting)\b(?: \w+){0,4}? (?:helpline|hotline|crisis line|refuge|shelter|police)\b",
            r"\b(?:need|want) to (?:talk|speak) to (?:a (?:real )?person|a human|someone real|a real person|a human being)\b(?: \w+){0,2}? (?:now|please|right now)",
            r"\b(?:need|want|looking for) (?:someone|somebody|anyone) to (?:talk|speak) to about (?:him|her|what he|what is happening|it)\b|\b(?:someone|somebody) who (?:deals with|knows about|handles) (?:this|abuse|these things|domestic)\b",
            r"\b(?:somewhere|someone|somebody|where) (?:to|i can|can i) (?:get|find) (?:advice|help|support)\b (?:quietly|secretly|in secret|without (?:him|her) knowing|confidentially|discreetly)\b|^what (?:do|should|can) i do(?: now)?$",
            r"\bis there (?:a|any|an)? ?(?:number|line|helpline|hotline|place)(?: \w+){0,3}? (?:he|she|we|someone) can (?:ring|call|go|text)\b",
        ),
    },
}
# A request for help and nothing else ("I need help"): it may mean the skill. Numbers first, then an offer.
BARE_HELP = r"^(?:please |can you |could you |i need you to |for )?(?:i need |i want |i would like |get me |give me )?(?:some )?help(?: me)?(?: please| now| right now)*$"

# -- families written in wave 8, each from a blind hand's sentences read by meaning (l, then m, then n) -----
# Appended to each class's tier after the rules above, so an earlier rule still decides first. Each family
# names who does it and to whom, and leaves out the everyday reading of the same words (a boss docking pay,
# tablets taken for a bad back, a door jammed by damp, a phone tossed onto the bed).
_FROM_L: dict[str, dict[str, tuple[str, ...]]] = {
    "children_pets": {
        "clear": (
            # a child told harm will follow if they tell at school; kept from school until injuries fade
            r"\b(?:will|would|is going to|are going to) (?:die|get hurt|be hurt|be taken|go to (?:jail|prison)|be sent away|get in trouble|be killed|be punished)\b(?: \w+){0,2}? if (?:he|they|she) (?:say|says|tell|tells|said|told|mention|mentions) (?:anything|anyone|a word|what happened)\b",
            rf"\b(?:keeps?|kept|keeping) (?:the|our|my) {KID} (?:home|off|out) (?:from |of )?(?:school|nursery|daycare)?\b(?: \w+){{0,4}}? (?:marks|bruises|bruising|black eye|injuries|cuts|burns)\b",
        ),
        "possible": (
            # a child back from time with him hurt; a child says he is frightening; covering for him to school
            rf"\b{KID}\b(?: \w+){{0,10}}? (?:access|contact|visits?|visiting|weekends?|stays?|staying|his place|his flat|his house)\b(?: \w+){{0,4}}? (?:comes?|came|coming) (?:back|home) (?:all )?(?:bruised|hurt|injured|limping|with (?:a |an )?(?:bruises?|marks|cuts|burns|black eye|split lip|scratches))\b",
            rf"\b{KID}\b(?: \w+){{0,4}}? (?:comes?|came|coming) (?:back|home) from (?:\w+ ){{0,3}}?(?:access|contact|visits?|weekends?|stays?|time) (?:\w+ ){{0,4}}?(?:with|covered in) (?:bruises|a bruise|marks|a black eye|burns|cuts|welts|scratches|injuries|a split lip)\b",
            rf"\b{KID}\b(?: \w+){{0,3}}? (?:say|says|saying|said|tell me|told me)\b(?: \w+){{0,2}}? (?:daddy|dad|he|their dad|his dad|her dad|mom|stepdad) (?:is|was|gets) (?:\w+ )?(?:scary|frightening|mean to (?:him|her|them|us)|hurting (?:him|her|them|us))\b",
            rf"\b(?:teacher|teachers|school|nurse|doctor|gp|health visitor|social worker|nursery)\b (?:asked|asks|noticed|saw|called|rang)\b(?: \w+){{0,6}}? {KID}\b(?: \w+){{0,6}}? i (?:lied|covered|made (?:up|something up)|said (?:he|she) fell|made an excuse)\b",
        ),
    },
    "control": {
        "clear": (
            # medication and papers held back; money docked, begged for; lies told about me to the bank
            r"\b(?:he|she|they)\b(?: \w+){0,2}? (?:stopped|stops|hides|hid|hiding|withholds|withheld|threw away|throws away|flushed|flushes|binned|rations|rationed) (?:my|all my) (?:\w+ )?(?:medication|meds|medicine|tablets|insulin|inhaler|prescriptions?|antidepressants|epipen)\b",
            r"\b(?:he|she|they)\b(?: \w+){0,2}? (?:deducts?|deducted|docks?|docked|fines?|fined)\b(?: \w+){0,2}? (?:from |off |out of )?(?:my|me) (?:allowance|wages|money|pay|pocket money|housekeeping)\b",
            r"\bi (?:have|had|got) to (?:ask|beg) (?:him|he)\b(?: \w+){0,1}? for (?:bus fare|fare|the fare|money|cash|change|petrol money|a few (?:dollars|quid|pounds|euros|rand)|every (?:penny|cent|dollar))\b(?!(?: \w+){0,14}? (?:we (?:both )?agreed|(?:it is|it was|that is|that was) (?:all |honestly |actually )?my idea|i asked (?:him|her|he) to)\b)",
            r"\b(?:documents|passports?|papers|visa|birth certificate|residence card|residence permit|green card|id card|my id|work permit)\b(?: \w+){0,2}? (?:are|is|were|was|kept|got|stay) (?:locked|hidden|kept) (?:up |away )?(?:in|at|by)\b(?: \w+){0,1}? (?:his|her|him)\b",
            r"\b(?:will|would|can|could) (?:get|have) (?:it|them|my \w+) (?:back )?(?:when|if|once) i (?:behave|learn|do as|obey|earn|prove)\b",
            r"\btold (?:the bank|the benefits \w+|the council|the doctor|my doctor|the gp|my gp|my employer|my work|my boss|the school|everyone|people|my family) (?:that )?i (?:am|was) (?:not able to|unable to|incapable of|can not|too stupid to|crazy|mad|mentally ill|unstable|unfit)\b",
        ),
        "possible": (
            r"\b(?:bring back|hand over|hand back|give (?:him|back)|show (?:him|he)) (?:all )?(?:the )?(?:change|receipts?|every receipt)\b",
            r"\b(?:list|rules) of (?:what|where|who) i (?:can|am allowed to|may) (?:buy|spend|eat|wear|see|go)\b",
            r"\bi (?:have|has|got) to be (?:home|back|in) by\b(?: \w+){0,3}? or (?:he|she)\b",
        ),
    },
    "fear": {
        "possible": (
            # rehearsing what to say so as not to set him off
            r"\b(?:rehears\w*|practi[cs]e\w*|script\w*|plan\w*|think about|work out) (?:what|how) (?:to say|i say|i will say|i am going to say)\b(?: \w+){0,6}? (?:set (?:him|he) off|kick off|blow up|explode|lose it|upset (?:him|he)|tell (?:him|he) anything)\b",
            r"\b(?:not to|not|never|do not|does not) (?:set|setting) (?:him|he) off\b",
        ),
    },
    "fleeing": {
        "clear": (
            # money or papers hidden with someone for the day we go; hiding where he cannot find us; he hunts us
            r"\b(?:hid|hidden|hide|hiding|stashed|stash\w*|left|keeping|kept|put)\b(?: \w+){0,2}? (?:money|cash|passports?|documents|papers|a bag|bags|clothes|birth certificates?)\b(?: \w+){0,4}? (?:at|with|in) (?:my |a |the |our )?(?:neighbors|neighbor|friends|friend|sisters|mums|moms|mom|work|locker|mates|parents|cousins|aunties)\b(?: \w+){0,3}? (?:for when|in case|so) (?:we|i)\b",
            r"\b(?:slept|sleep|sleeping|stayed|stay|staying|hid|hiding|hide|parked)\b(?: \w+){0,8}? (?:he|him) (?:would not|will not|can not|could not|does not|did not) (?:find|see|know where) (?:me|us|i am|we are)\b",
            r"\b(?:we|i) (?:left|fled|ran|got out|escaped)\b(?: \w+){0,4}? (?:he|and he) (?:is|has been|keeps|was|been)(?: driving round| driving around| going round| out)? (?:looking|searching|hunting) (?:for|around for) (?:us|me)\b",
        ),
        "possible": (
            r"\b(?:putting|put|set|setting|squirrel\w*|stash\w*|hid|hide|hiding|sav\w*|tuck\w*|skim\w*)\b(?: \w+){0,7}? in case (?:i|we) (?:need|have|ever need|ever have) to (?:run|leave|go|get out|flee|escape|bolt|get away)\b",
        ),
    },
    "isolation": {
        "clear": (
            r"\b(?:hid|hides|hiding|hidden|intercepts?|intercepted|threw away|throws away|bins|binned|burns|burned|tears up|tore up|opens|opened)\b(?: \w+){0,1}? (?:my |the )?(?:letters|mail|post|cards|invitations)\b(?: \w+){0,6}? (?:told|tells|telling|and said|says)\b",
            r"\b(?:told|tells|tell|telling) (?:her|him|my \w+|the \w+|everyone|people)\b i (?:did not|do not|never) (?:want|need) (?:help|to see|to talk|visitors|her|him|them|any)\b",
            r"\bif i (?:join|go to|go back to|attend|see|visit|ring|call)\b(?: \w+){0,4}? (?:he is|he will|he would|he is going to) (?:leave|leaving|take|taking|walk out|go)\b(?: \w+){0,2}? (?:the kids|the children|my kids|the baby|with (?:the|my) (?:kids|children|baby))\b",
            r"\bif i (?:go|went|ever go) (?:to|back to) (?:the )?(?:temple|church|mosque|gurdwara|synagogue|meetings?)\b(?: \w+){0,3}? (?:he will|he is going to|the \w+ will|everyone will|they will) (?:find out|know|hear|tell|leave|divorce|hurt|make me pay|take the kids|expose|out me)\b",
            r"\b(?:will not|would not|refuses to|refused to|does not|never) (?:let me learn to drive|teach me (?:how )?to drive|let me get (?:a|my) (?:licence|license))\b",
        ),
        "possible": (
            r"\b(?:always )?(?:finds|find|found|has|comes up with|makes up|invents) (?:a|an|some) (?:reason|excuse)\b(?: \w+){0,2}? (?:we|i) (?:can not|could not|do not|never) (?:go|see|visit|have|join)\b",
            r"\bthe only (?:people|person|ones?) i (?:talk|speak|see|text) to\b(?: \w+){0,3}? (?:are|is) (?:his|him|he)\b|\bthe only (?:one|person) i (?:talk|speak) to\b(?: \w+){0,3}? (?:apart from|except|besides|other than) (?:him|he)\b",
            r"\bi (?:feel|am|felt) (?:so |really |completely )?(?:cut off|isolated)\b(?: \w+){0,8}? (?:it is|its|because of|thanks to|that is) (?:him|he|his doing)\b",
        ),
    },
    "self_harm": {
        "clear": (
            r"\bi (?:could|might|will|am going to|want to) (?:just )?(?:take|swallow|inject) (?:all|the whole|the lot|every)\b(?: \w+){0,3}? ?(?:of )?(?:it|them|pills|tablets|insulin|meds|medication|bottle|packet|box)\b(?! (?:to|with|for|out|home|back)\b)",
            r"\bi (?:took|have taken|swallowed|downed|taken) (?:a handful|handfuls|all|the whole|too many|a few packets|two packets|a packet|a box|a bottle|half a bottle|half the bottle|a strip|all my|the lot)\b(?: of)? (?:\w+ )?(?:pills|paracetamol|tablets|painkillers|sleeping pills|meds|insulin|ibuprofen|aspirin|co codamol|codeine|tramadol)\b",
            r"\bi (?:took|have taken|swallowed|downed) (?:a load|loads|lots|a lot)\b(?: of)? (?:\w+ )?(?:pills|paracetamol|tablets|painkillers|sleeping pills|meds|insulin)\b(?: \w+){0,3}? (?:ago|and i (?:feel|am) (?:sick|dizzy|weird|drowsy|strange))\b",
            r"\b(?:use|using|turn|turning|point|pointing|put|putting)\b (?:it|the gun|the rifle|a gun|his gun|the shotgun|a rifle|the pistol|the knife|a knife) (?:on|to|against) (?:myself|my head|my own head)\b",
        ),
        "possible": (
            r"^(?:tonight|today|tomorrow) is the (?:night|day) i (?:finally )?(?:do it|go through with it|end it)$",
            r"\bi should (?:just )?(?:die|kill myself|be dead|not be here|not exist|disappear)\b(?: \w+){0,8}? (?:believe (?:him|it|he)|he is right|he might be right|maybe he is right)\b",
            r"\b(?:i am|being|i feel i am|i feel like i am) (?:only |just )?(?:a |the )?(?:weight|burden|drain|problem|dead weight|millstone) (?:on|to|for|in)\b(?: \w+){0,1}? (?:everyone|everybody|all of (?:you|them)|people|my family|the family)\b(?! (?:when|whenever|if) i (?:moan|vent|complain|rant|whinge|whine|go on|ask (?:for|him|her)|need a lift|talk about (?:work|my job|money))| with (?:all )?my (?:moaning|complaining|whinging|venting|ranting))",
            r"\bif it (?:was not|were not|is not|had not been) for (?:the|my) (?:\w+ )?(?:dog|cat|kids|children|son|daughter|mom|mum|baby|pets?)\b(?: \w+){0,3}? (?:would|id) (?:have )?(?:be )?(?:gone|dead|done it|ended it|not be here|killed myself)\b(?! (?:to|out|home|back|with|for|on|in|off|mad|crazy|spare)\b)",
            r"\b(?:about|of|thought|thinking|thinks) (?:just )?(?:turning the wheel|swerving|steering|yanking the wheel|driving off the road|driving into (?:a tree|a wall|the barrier|oncoming|traffic|a lorry|a truck))\b",
        ),
    },
    "sexual": {
        "clear": (
            r"\b(?:was|am|got|get|being|been|were) (?:made|forced|pressured|pushed|told) to (?:do|have|perform) (?:sex|sexual|sex stuff|sexual stuff|sexual things)\b",
            r"\bbrings? (?:other )?(?:men|his mates|his friends|guys|blokes|strangers)\b(?: \w+){0,4}? and (?:expects|makes|wants|forces) me to(?: (?:sleep with|have sex with|do (?:stuff|things|it) with|go with|be with) (?:them|him)\b|$)",
        ),
        "possible": (
            r"\b(?:insistent|pushy|persistent)\b(?: \w+){0,3}? (?:at night|in bed|about sex)\b",
            r"\bi (?:do it|go along with it|give in|let him|give him what he wants)\b(?: \w+){0,2}? when i (?:do not|don't) want to\b(?: \w+){0,2}? (?:because|or|so|easier)\b",
            r"\bmy body (?:is not|is no longer|does not feel|does not belong to) (?:mine|my own|me)\b",
            r"\bsex (?:is|feels like|has become|became) (?:a|an|my) (?:debt|duty|payment|obligation|price|transaction)\b",
        ),
    },
    "stalking": {
        "possible": (
            r"\b(?:has|gets|got|sends|sent|makes|made|uses|used) (?:his|her|their) (?:brother|sister|mom|mum|mother|dad|mates|friends?|family|cousins?|boys|son|daughter)\b(?: to)? (?:check up on|watch|follow|spy on|keep tabs on|report on) me\b",
        ),
    },
}
_FROM_M: dict[str, dict[str, tuple[str, ...]]] = {
    "children_pets": {
        "clear": (
            # what a child draws or tells at school: him hurting mum
            r"\b(?:kids?|children|child|sons?|daughters?|boys?|girls?|little one|stepson|stepdaughter)\b(?: \w+){0,2}? (?:drew|draws|drawing|drawn|painted|wrote|writes|told (?:the|her|his) (?:teacher|class|school))\b(?: \w+){0,4}? (?:daddy|dad|he|him|his dad|her dad|stepdad) (?:hurting|hitting|hit|hurt|kicking|choking|punching|shouting at|pushing|beating) (?:mom|me|mommy|us)\b",
        ),
    },
    "control": {
        "clear": (
            r"\b(?:he|she|they) (?:is got|has got|got|keeps|kept|took|takes|holds|controls) all (?:the|my|our) (?:bank cards|cards|bank accounts|accounts|money)\b",
        ),
        "possible": (
            r"\bi (?:do not|never|am not allowed to|can not) (?:know|have|get|see) (?:our (?:password|pin|passwords)|(?:the|our|my) (?:bank|account|online banking|card) (?:pin|password|login|details)|(?:the|our|my) pin(?: number)?)\b",
        ),
    },
    "fear": {
        "clear": (
            # waiting for the next explosion; a bomb in the house; a hostage at home; safe only when he is out
            r"\b(?:waiting for|wait for|never know when)\b(?: \w+){0,3}? (?:the )?(?:next )?(?:explosion|outburst|eruption|blow up|blowup|bomb|storm|kick off)\b",
            r"\b(?:living|live|lives|like) with (?:a|an) (?:bomb|time bomb|ticking bomb|volcano|grenade|landmine|unexploded \w+)\b",
            r"\b(?:hostage|prisoner|captive)\b(?: \w+){0,2}? in (?:my|our) (?:own )?(?:house|home|flat|bedroom)\b",
            r"\bi (?:only|ever only) (?:feel (?:safe|relaxed|calm|at peace|like myself)|breathe|feel able to breathe) (?:when|while|if|once) (?:he is|he goes|he has|he leaves) (?:at work|away|out|gone|asleep|not (?:home|here|around)|left|on nights)\b",
            r"\b(?:rather|sooner|would rather)\b(?: \w+){0,2}? (?:sleep|stay|sit|wait) (?:in the car|outside|at work|in the park|on the street|in the garden|in the shed)\b(?: \w+){0,2}? than (?:go|going) (?:in|home|back|inside)\b",
        ),
        "possible": (
            # the body reacting to his moods; reading the signs and getting out of the way; appeasing
            r"\b(?:stomach|heart|chest|whole body|body|blood|insides)\b (?:drops|goes (?:stiff|cold|tight|rigid)|tightens|freezes|runs cold|knots|churns|clenches)\b(?: \w+){0,2}? (?:when|whenever|every time|as soon as) (?:he|his|i hear)\b",
            r"\b(?:cold|sick|sinking|dread|knot)\w* (?:feeling|in my stomach|in my gut)\b(?: \w+){0,2}? (?:when|whenever|every time|as soon as) (?:he|his)\b",
            r"\b(?:read|reading|learn\w* to read|watch\w* for) (?:the )?(?:signs|his moods?|his face|the mood|the warning signs)\b(?: \w+){0,4}? (?:get out|leave the room|keep out of (?:his|the) way|make myself scarce|stay out of)",
            r"\b(?:apologi[sz]\w*|say sorry|saying sorry|agree\w*|tiptoe\w*|stay quiet|keep quiet|keep my mouth shut|go along)\b(?: \w+){0,8}? (?:to|so as to) keep (?:him|he) (?:calm|from (?:exploding|kicking off|blowing up|losing it|getting angry))\b",
        ),
    },
    "fleeing": {
        "clear": (
            r"\b(?:packing|packed|pack) (?:up )?(?:a bag|bags|our bags|my bags|a case|a suitcase|our things|my things|the kids things|the kids clothes|the babys things|everything)\b(?! for)(?: \w+){0,2}? (?:while|before) (?:he is|he gets|he goes|he comes)\b",
            r"\bwhen he (?:goes|is|leaves|gets)\b(?: \w+){0,12}? (?:and )?(?:not|never) (?:coming|going) back\b",
        ),
        "possible": (
            r"\bleave\w* (?:tonight |in the night |for good |with the kids )without (?:telling (?:him|he)|him knowing|a word to (?:him|he))\b",
        ),
    },
    "isolation": {
        "clear": (
            r"\b(?:he|she|they) (?:cut|cuts|pulled out|pulls out|unplugged|unplugs|ripped out|rips out|disconnected|disconnects)\b(?: \w+){0,1}? (?:phone line|landline|phone cord|phone cable)\b",
        ),
        "possible": (
            # rows, sulks and scenes until I stop seeing people; fights picked with my family; never let go to anything
            r"\b(?:picked|picks|pick|starts?|started|causes?|caused) (?:a )?(?:fight|fights|row|rows|arguments?|drama|trouble|scene|scenes)\b (?:with|in front of) (?:my|all my)\b(?: \w+){0,3}? (?:on purpose|deliberately|every time|whenever|until|so)\b",
            r"\b(?:sulks?|sulked|rows?|fights?|scenes?|kicks? off|kicked off|moods?|silent treatment|accuses|accused)\b(?: \w+){0,8}? (?:until|so|and) i (?:stopped|gave up|quit|cancelled|dropped|no longer) (?:going|seeing|it|him|her|meeting|calling|ringing)\b",
            r"\b(?:never|does not|will not|won't|hardly ever) let\w* me (?:go|come|attend) (?:to )?(?:anything|any of (?:it|them)|work dos|parties|events|nights out|socials)\b",
        ),
    },
    "self_harm": {
        "clear": (
            # affairs put in order with the pets rehomed
            r"\b(?:sorted|sorting|sort|put|putting|got|getting|made|making|wrote|written|writing|updated|updating)\b (?:out )?(?:my )?(?:will|affairs|things in order|funeral)\b(?: \w+){0,6}? (?:new home|new owner|rehom\w*|look after|tidying|in order|goodbye|letters)\b",
        ),
        "possible": (
            # a stretch of line or an edge looked up, with no fence; the painless way
            r"\b(?:looked at|looking at|checked|found|know|scouted|been looking at|googled)\b(?: \w+){0,8}? (?:line|track|tracks|railway|bridge|cliff|cliffs|platform|edge|roof|ledge|drop)\b(?: \w+){0,3}? (?:with no|without (?:a|any)|no) (?:fence|fencing|railing|railings|barrier|barriers|rail|gate)\b",
            r"\bmost painless way\b(?! to (?:get|remove|take off|pull|wax|pierce|tell|break|do my|learn|pay))",
        ),
    },
    "sexual": {
        "clear": (
            # pictures and videos taken, kept or shared without consent; going on after "stop"
            r"\b(?:pictures|photos|videos?|pics|images|footage|clips?|nudes)\b (?:of me|of us)\b(?: \w+){0,4}? (?:i never (?:agreed|said yes|consented|knew)|i did not (?:agree|consent|know)|without (?:asking|my consent|my permission|me knowing))\b",
            r"\b(?:shared|shares|sent|sends|posted|posts|showed|shows|uploaded|put)\b (?:a |the )?(?:video|videos|pictures|photos|pics|images|nudes|clips?) (?:of me|of us)\b(?: \w+){0,6}? (?:without (?:asking|my|me|telling)|i never|i did not|naked|nude|in bed|having sex|intimate|private)\b",
            r"\b(?:keeps|kept|carries|carried|carry|keep) (?:going|on)\b (?:after|when|even when|even after|though) i (?:say|said|tell|told|ask|asked) (?:him )?(?:to )?(?:stop|no)\b",
        ),
    },
    "stalking": {
        "possible": (
            r"\b(?:reports?|reporting|reported) back to (?:him|he)\b|\b(?:keeps?|keeping|kept) (?:tabs|an eye) on me for (?:him|he)\b",
        ),
    },
    "weapon": {
        "clear": (
            r"\b(?:hid|hide|hiding|hidden|locked away|lock away|got rid of)\b (?:all )?(?:the |his |our |my )?(?:knives|knife|guns?|rifle|shotgun|sharp things|sharp knives|kitchen knives|axe|hammer)\b(?: \w+){0,6}? (?:before|so|in case|when|because) (?:he|him)\b",
        ),
    },
}
_FROM_N: dict[str, dict[str, tuple[str, ...]]] = {
    "children_pets": {
        "possible": (
            rf"\b{PET}\b(?: \w+){{0,4}}? (?:went missing|disappeared|vanished|has gone|was gone|never came (?:back|home))\b(?: \w+){{0,3}}? (?:after|since|the day|right after|when) i (?:told (?:him|he)|said|asked (?:him )?for|left|moved out|mentioned|stood up to)\b",
        ),
    },
    "control": {
        "clear": (
            r"\b(?:he|she|they) (?:cut|cuts|chopped|chops|shaved|shaves|hacked|hacks) (?:off )?(?:all )?(?:of )?my hair\b(?: off)?(?: \w+){0,2}? (?:while i (?:slept|was asleep|was sleeping)|as (?:a )?punishment|to punish|because i (?:wanted|looked|went|talked|dressed))\b",
        ),
    },
    "fear": {
        "possible": (
            r"\b(?:go|goes|went|going|make myself|keep|stay|become) (?:very |really |dead )?(?:quiet and small|small|invisible|still and quiet|small and quiet)\b(?: \w+){0,2}? (?:when|whenever|if) he is (?:in (?:a|one of his) (?:mood|moods|temper|state)|angry|drinking|drunk|like this|off)\b",
        ),
    },
    "fleeing": {
        "clear": (
            r"\b(?:with|and) the door (?:wedged|jammed|barricaded|blocked|held) (?:shut|closed)\b|\b(?:wedged|barricaded|blocked|jammed) the door (?:shut |closed )?(?:with|behind)\b",
        ),
    },
    "isolation": {
        "clear": (
            # the phone thrown away or kept from me; a friend banned from the house
            r"\b(?:he|she|they)\b(?: \w+){0,2}? (?:threw|throws|thrown|chucked|chucks|dropped|dunked|flushed) (?:my|the) (?:phone|mobile|cell|sim)\b (?:in|into|out|down|against|at) (?:the )?(?:pool|bin|river|toilet|sea|lake|canal|fire|window|wall|water|bath|sink|drain)\b",
            r"\bnow who (?:are|will|would) you (?:going to )?(?:ring|call|text|tell|run to|talk to)\b",
            r"\b(?:banned|bans|barred|bars|forbade|forbids|forbidden) (?:her|him|them|my \w+|my \w+ \w+) (?:from (?:the|our|my) (?:house|home|flat|place)|from (?:coming|visiting|seeing me|calling))\b",
            r"\b(?:keeps|kept|holds|hides|hid) the only (?:phone|mobile)\b",
        ),
        "possible": (
            r"\b(?:he|she|they)\b(?: \w+){0,2}? (?:smashed|smashes|snapped|snaps|stamped on|stomped on|broke|breaks) (?:my|the) (?:phone|mobile|sim)\b",
            r"\b(?:here|now|these days)\b(?: \w+){0,2}? (?:there is|it is|i have|i have got) (?:only|just|nobody but|no one but) (?:him|he)\b",
            r"\b(?:he|he says|he said)\b(?: \w+){0,10}? i (?:had|have) to (?:stop|quit|give up) (?:going|seeing (?:her|him|my \w+)|my \w+)\b",
            r"\b(?:he|he says|he said|he tells me)\b(?: \w+){0,8}? i should (?:keep to myself|not (?:talk|speak) to (?:anyone|anybody|him|her|my \w+)|stay away from (?:him|her|my \w+|everyone))\b",
            r"\b(?:he|she|they) (?:made|makes|forced|forces|told|tells|got) me (?:to )?(?:delete|deactivate|close|remove|uninstall|come off|get off|give up) (?:my )?(?:whatsapp|facebook|instagram|snapchat|social media|accounts?|tiktok|apps?|contacts)\b|\bi (?:had|have) to (?:delete|deactivate|close|remove|uninstall|come off|get off|give up) (?:my )?(?:whatsapp|facebook|instagram|snapchat|social media|accounts?|tiktok|apps?|contacts)\b(?: \w+){0,2}? (?:because|cause|since) (?:he|him)\b",
            r"\bi used to (?:ring|call|see|visit|talk to|meet|go out with|have)\b(?: \w+){0,6}? but (?:now )?(?:he|he says|he said)\b(?: \w+){0,10}? (?:stopped|anymore|not allowed|will not let|does not let)\b",
            r"\b(?:he|he says|he said)\b(?: \w+){0,4}? (?:we|i) (?:do not|don't|never) need (?:anyone|anybody|other people|friends|them|her|my family) (?:else|but each other|but him)\b(?: anymore| now)?$",
            r"\b(?:he|he says|he said|accuses me|accused me)\b(?: \w+){0,8}? (?:i was|i am|i would be|me|it was for \w+|it is for \w+|you were|you are) (?:only )?(?:looking for|talking to|to meet|meeting|flirting with|chatting up|sleeping with) (?:other )?(?:men|blokes|guys|women|girls|lads)\b",
            r"\b(?:he|his)\b(?: \w+){0,8}? i (?:gave up|have given up|stopped|quit) (?:going out|seeing (?:anyone|people|friends|my friends|him)|socialising|socializing)\b",
            r"\b(?:do not|don't|no longer) have (?:a |any )?(?:support network|network|circle|friends|anyone)\b(?: \w+){0,4}? (?:he|him|his)\b",
            r"\b(?:family|mom|mum|parents|home|country|sister|brother)\b(?: \w+){0,8}? (?:will not|would not|refuses to|refused to|never) (?:give|lend|let) me (?:have )?(?:the )?(?:money|cash|fare)?\b ?(?:for (?:the|a) (?:ticket|flight|fare|bus|train|trip)|to (?:visit|fly|go home|go back))\b",
            r"\b(?:rang|called|phoned|came|knocked|visited)\b(?: \w+){0,2}? and (?:he|she) (?:told|tells|said) (?:her|him|them)\b i (?:was|am) (?:sleeping|asleep|out|busy|not (?:home|in|here|well)|ill|sick)\b(?: \w+){0,2}? but i (?:was|am) (?:there|here|right there|in the|at home|home)\b",
            r"\b(?:nobody|no one|noone)\b(?: \w+){0,4}? knows me (?:except|other than|apart from|only) (?:as )?(?:his|him)\b",
            r"\b(?:rude|nasty|horrible|cold|vile|mean|awful|hostile)\b (?:to|with) (?:her|him|them|my \w+)\b(?: \w+){0,4}? (?:stopped|stop|stops|will not|won't|does not|no longer) (?:coming|visiting|calling|ringing|come round|coming round)\b",
        ),
    },
    "self_harm": {
        "clear": (
            r"\b(?:about|of|thought|thinking|want to|wanted to|could|urge to) (?:just )?(?:walk\w*|wad\w*|swim\w*) (?:into|out into|out to|out) (?:the )?(?:sea|ocean|river|lake|water|waves|tide)\b(?! with)(?!(?: \w+){0,2}? (?:at (?:sunrise|sunset|dawn)|with the (?:dog|kids)|for a (?:swim|paddle|dip)|to cool off|in (?:the )?summer)\b)",
            r"\b(?:peace|relief|rest|escape|way out|answer|option)\b(?: \w+){0,5}? (?:being dead|dying|death|not waking up|not being here|not existing)\b",
            r"\b(?:better off|happier|free|freer|easier|relieved|not care|not miss me)\b(?: \w+){0,3}? if i (?:killed myself|was dead|were dead|was gone|were gone|died|was not here|were not here|was not around|disappeared|ended it)\b(?! (?:for|on|at|till|until|over|my|his|her|the|a|to|this|next|tonight|today)\b)",
            r"\b(?:no way out|one way out)\b(?: \w+){0,6}? (?:except|but|apart from) (?:the one way|one way|that|the obvious|dying|death|the end)\b",
        ),
        "possible": (
            r"\b(?:look after|take care of|have|keep|rehome|feed) (?:the|my) (?:\w+ )?(?:dog|cat|pets?|kids|children|plants|fish|rabbit)\b(?: \w+){0,3}? (?:if (?:something|anything) (?:happens|happened)(?: to me)?|when i am gone|after i am gone|once i am gone|when i am not here)\b",
            r"\bmy (?:arms|wrists|legs|thighs) (?:are|is) (?:a )?(?:mess|cut up|scarred|raw)\b(?: \w+){0,2}? (?:again|i hide|hidden|under)\b|\b(?:long sleeves|sleeves|jumpers|hoodies|bracelets)\b(?: \w+){0,4}? (?:hide|cover) (?:the )?(?:cuts|scars|marks)\b",
            r"\b(?:bridge|cliff|cliffs|ledge|edge|railway|tracks|river|pier|overpass|rooftop|roof|viaduct)\b(?: \w+){0,10}? i (?:keep (?:walking|going|driving|coming) (?:to|back)|look down|stand there|stare)\b",
            r"\b(?:drowning|sinking|going under)\b(?: \w+){0,6}? (?:do not|don't|no longer|can not|can't) (?:want to )?(?:swim|keep swimming|fight it|come up|stay afloat|keep my head up)\b",
            r"\bi wish (?:it|the \w+|he|that|god|cancer|they) (?:had|would have|could have) (?:taken|killed|got) me (?:instead|too|as well|not)\b|\bi wish (?:it|that) (?:was|had been|were) me (?:instead|not him|not her|who died)\b",
        ),
    },
    "stalking": {
        "clear": (
            r"\b(?:blocked|block)\b(?: \w+){0,4}? (?:he|and he)\b(?: \w+){0,2}? (?:making|makes|made|gets|getting|got|creates|creating|uses|using|finds) (?:new|another|other|different|fake) (?:numbers?|accounts?|profiles?|phones?|emails?)\b",
        ),
    },
}
# -- families written in wave 9 from blind hand o (weighted to stalking, control, asks for help, isolation) -----
_FROM_O: dict[str, dict[str, tuple[str, ...]]] = {
    "asks_help": {
        "possible": (
            # a relative or friend asking how to get someone help; who to call; talking without his knowing
            r"\bhow (?:do|can|should|would) (?:i|we) (?:get (?:her|him|them|my \w+) (?:some )?help|help (?:her|him|them|my \w+)$)",
            r"\bwho (?:do|can|should|could) we (?:call|ring|phone|talk to|text|turn to)\b",
            r"\b(?:talk|speak|chat) to\b(?: \w+){0,4}? without (?:him|her|them|he) (?:finding out|knowing|hearing|noticing|seeing)\b",
        ),
        "clear": (
            r"^(?:please )?help\b(?: please)? (?:he|she|they) (?:is|was|has|will|are)\b",
            r"^(?:please ){2,}help(?: me| us)?(?: please)*$|^(?:someone|somebody|anyone|anybody) (?:please )?(?:come|come quick|come now|come here|come and help)(?: please| now| quick)*$",
            r"\b(?:can|could|will) you (?:please )?send (?:someone|somebody|help|the police|the cops|an ambulance|a police \w+)\b(?!(?: \w+){0,2}? (?:to )?(?:fix|look at|check|repair|service|sort out|read|clean|quote for)\b)",
            r"\bi (?:need|want) (?:rescuing|rescued|to be rescued|saving|to be saved|someone to rescue me|someone to get me out)\b",
        ),
    },
    "children_pets": {
        "possible": (
            # the children made to watch; his temper taken out on the pet or the kids
            r"\b(?:he|she|they)\b(?: \w+){0,2}? (?:makes?|made|forces?|forced|gets?|got) (?:the kids|the children|the boys|the girls|my (?:son|daughter|kids|children|boy|girl)|our (?:son|daughter|kids|children|boy|girl)) (?:to )?(?:watch|stand there|sit there|listen|stay in the room)\b(?: \w+){0,3}? (?:when|while|as) (?:he|she|they) (?:is |was |are )?(?:shout\w*|scream\w*|yell\w*|hit\w*|hurt\w*|beat\w*|kick\w*|push\w*|slap\w*|punch\w*|chok\w*|go\w* for me|goes at me|laying into me|at me)\b",
            rf"\b(?:takes?|took|taking) (?:it|his \w+|her \w+|it all) out on (?:the|my|our) (?:kids|children|son|daughter|boy|girl|baby|{PET})\b",
        ),
    },
    "control": {
        "possible": (
            r"\b(?:demands?|demanded|makes? me (?:give|hand over|tell|keep)|made me (?:give|hand over|tell|keep))\b (?:him |her |them )?(?:my )?(?:phone )?(?:password|passwords|passcode|pin|pin number|phone unlocked)\b|\b(?:hand|give) (?:over )?(?:him |her |them )?my phone (?:over )?(?:every|each) (?:night|evening|day|morning)\b|\bmy phone (?:has to be|must be|has got to be|is to be) unlocked\b",
            r"\bchang\w* the (?:wifi|wi fi|internet|router) (?:password|code)\b(?: \w+){0,4}? (?:only (?:his|her|their)|i can not|so i|without telling)",
            r"\b(?:he|she|they)\b(?: \w+){0,2}? (?:holds? back|held back|withholds?|withheld|hides?|hid|will not give me|would not give me|does not give me|threw away|throws away|flushed|flushes|binned|bins) (?:my )?(?:meds|medication|medicine|tablets|pills|insulin|inhaler|contraceptive pills|contraception|the pill|birth control|prescription)\b",
            r"\b(?:he|she|they) (?:is got|has got|has|got|keeps|kept|took|takes|holds|held|collects|collected) my (?:bank card|debit card|bank cards|cards|card and (?:my )?pin|payslip|wages|salary|benefits|pension|pension book)\b(?! (?:to|for|because|while|so|when)\b)(?!(?: \w+){0,14}? (?:we (?:both )?agreed|(?:it is|it was|that is|that was) (?:all |honestly |actually )?my idea|i asked (?:him|her|he) to)\b)",
            r"\b(?:my )?(?:salary|wages|pay|payslip|pay packet|paycheck|paycheque|benefits|pension)\b(?: \w+){0,4}? (?:goes|go|paid|went|gets paid) (?:straight )?(?:in)?to (?:his|her|their) (?:account|bank)\b",
            r"\b(?:he|she|they) (?:gives|gave|puts) me (?:an |a )?(?:allowance|pocket money)\b|\bi (?:have|get|am on|am given) (?:an |a )?(?:allowance|pocket money)\b(?: \w+){0,6}? (?:a week|a month|from him|from her|he|she|for food|for the \w+)\b",
            r"\bwhat i am (?:allowed|permitted) to (?:buy|wear|spend|say)\b",
            r"\b(?:he|she|they) (?:sold|pawned|gave away|got rid of) my (?:car|jewel\w*|ring|rings|things|stuff|clothes|phone|laptop|bike|horse|guitar|savings)\b(?: \w+){0,4}? (?:without (?:asking|telling|me)|and (?:did not|never|does not) (?:ask|tell)|behind my back)\b",
            r"\b(?:loans?|debts?|credit cards?|phones?|contracts?|finance|catalogues?|car loan)\b(?: \w+){0,4}? in my name\b(?: \w+){0,8}? (?:i (?:have )?never|i did not|he|she|without)\b",
            # nothing bought without his checking; "no wife of his works"; my medicine kept and asked for
            r"\bcan not (?:even )?(?:buy|spend|get|pay for|order)\b(?: \w+){0,5}? without (?:him|her|them|he) (?:checking|seeing|approving|okaying|asking|knowing|questioning|going through|looking at)\b",
            r"\bno (?:wife|woman|girlfriend|partner|husband|man) of (?:his|hers|mine|theirs) (?:is|will be|was going to be|goes|works|is going to|will|would)\b",
            r"\b(?:have to|got to|must|need to) ask (?:him|her|them|he) (?:for|before i (?:take|get|have)) (?:my )?(?:insulin|meds|medication|medicine|tablets|pills|inhaler|epipen|painkillers)\b"
            r"|\bmy (?:insulin|meds|medication|medicine|tablets|pills|inhaler|epipen|painkillers)\b(?: \w+){0,4}? (?:in his|in her|he keeps|he has|he hides|he locks|locked)\b(?: \w+){0,4}? (?:i have to ask|ask (?:him|her|them|for))\b",
        ),
    },
    "fear": {
        "possible": (
            # shaking or freezing as the partner's return nears; a bad night read from how he shuts a door
            r"\b(?:due (?:home|back)|gets? (?:home|back|in)|comes? (?:home|back|in)|home at|back at|hear (?:his|her|their) (?:car|truck|van|key|keys|footsteps))\b(?: \w+){0,12}? (?:start\w* to |start\w* |begin\w* to )?(?:shak\w*|trembl\w*|freez\w*)\b",
            r"\b(?:tell|know|sense)\b (?:from|by) (?:how|the way) (?:he|she|they|someone|somebody)\b(?: \w+){0,6}? (?:tonight is|tonights|tonight was|it is|its|it was|today is|todays|this evening is) (?:going to|gonna) be (?:bad|a bad one|one of those|rough)\b",
        ),
    },
    "isolation": {
        "possible": (
            r"\b(?:he|she|they) (?:blocked|blocks|deleted|deletes|removed|removes) (?:my \w+(?: \w+)? (?:number|contact)|my (?:friends|family|mom|dad|sister|brother|parents|contacts?)|(?:all )?(?:my )?(?:friends|family) (?:numbers|contacts))\b(?: \w+){0,3}? (?:on|from) my (?:phone|facebook|account|instagram)\b",
            r"\b(?:makes?|made) me (?:cancel|pull out|back out|stay home|stay in)\b(?: \w+){0,4}? (?:plans?|every time|whenever|night out|trip|visit)\b",
            r"\bi (?:have not|had not|have not been able to|can not|do not) (?:seen|see|spoken to|talked to|been to|visited)\b (?:my )?(?:friends?|best friend|family|mom|dad|sister|brother|parents|mates)\b(?: \w+){0,6}? (?:he|she|they) (?:does not like|do not like|hates?|made me choose|makes me choose|will not let|would not let|does not let|does not want|did not want)\b",
            r"\b(?:only allowed|only let|only allowed out) to (?:see|visit|call|ring|go (?:out|to))\b(?: \w+){0,4}? (?:if|when|with) (?:he|she|they|him|her)\b",
            r"\b(?:will not|does not|would not|never) let me (?:make|have|keep|see) (?:any |new )?(?:friends|mates)\b",
            r"\b(?:went|go|going|been|go out) (?:anywhere|out|somewhere) (?:on my own|alone|by myself|without (?:him|her|them))\b(?: \w+){0,4}? (?:he|she|they) (?:does not like|do not like|will not let|does not let|hates|gets)\b",
            r"\b(?:says?|said|tells me|told me|calls)\b (?:that )?(?:all )?my (?:friends|mates|family|sisters?|mom)\b (?:are|is) (?:all )?(?:a )?(?:bad influence|sluts|slags|whores|losers|trouble|poison|toxic|no good|against (?:us|him|her))\b",
            r"\b(?:had to|made me|makes me|forced me to|got me to) (?:quit|leave|give up|drop) my (?:job|work|course|college|uni|classes|class|gym|choir|club|team|group)\b(?: \w+){0,3}? (?:because|as|since|cause) (?:he|she|they)\b",
            r"\b(?:he|she|they) (?:says?|said|tells me|told me|keeps saying)\b i (?:do not|never) need (?:my |any )?(?:family|friends|mom|dad|sister|brother|anyone|anybody|mates|people)\b(?: \w+){0,2}? (?:because|since|as|now) i (?:have|have got|got) (?:him|her|them)\b",
            r"\b(?:rude|nasty|horrible|cold|vile|mean|awful|hostile)\b (?:to |with )?(?:her|him|them|my \w+)?\b ?(?:\w+ ){0,4}?(?:does not|do not|never|will not|would not|did not) (?:come|call|visit|ring) (?:back|again|round)\b",
        ),
    },
    "self_harm": {
        "possible": (
            r"\bif (?:it )?(?:was not|were not|had not been|not) for (?:the|my|our) \w+\b(?: \w+){0,6}? (?:would not|would) (?:still be here|still be around|still be alive|be here anymore|be around anymore|be gone|have ended it|have done it)\b",
        ),
    },
    "stalking": {
        "possible": (
            r"\b(?:he|she|they)\b(?: \w+){0,3}? (?:has|has got|got|had|have|is logged into|logs into|log into|logged into|is in|gets into) (?:my|all my) (?:icloud|i cloud|apple id|google account|google|email|gmail|insta|instagram|facebook|accounts|passwords)\b(?: \w+){0,10}? (?:sees?|knows?|shows? (?:him|her|them)|reads?|where i|every (?:photo|place|message))\b",
            r"\b(?:turning|turns|turned|showing|shows|showed) up (?:there|everywhere|wherever i|where i)\b|\b(?:is|was) (?:just )?(?:there|waiting|sat|sitting|parked) (?:in|at|outside) (?:the|my) (?:car park|parking lot|gym|reception|lobby|school gates|office|work)\b(?: \w+){0,3}? (?:when|as) i (?:come|came|get|got|walk|walked|leave|left) out\b",
            r"\b(?:not (?:meant|supposed|allowed) to|should not|is not meant to) know where (?:we|i) (?:live|are|moved|work|am staying|are staying)\b",
            r"\bcar\b(?: \w+){0,6}? (?:outside|across the road|across the street|at the end of (?:the|my) (?:road|street))\b(?: \w+){0,8}? (?:it is|its|it was) (?:him|her|his \w+|her \w+)\b",
            r"\b(?:send|sends|sending|take|takes) (?:him |her |them )?(?:a )?(?:photo|picture|pic|selfie|video|live photo|proof)\b(?: \w+){0,4}? every (?:hour|half hour|thirty minutes|twenty minutes|ten minutes|few minutes|fifteen minutes)\b|\b(?:video call|facetime|video chat)\b(?: \w+){0,3}? (?:the whole time|the entire time|all the time|all night) (?:i am|i go|i was) (?:out|with|away)\b",
            r"\b(?:sends?|sent|gets?|got|has) (?:his|her|their) (?:brother|sister|friends?|mates?|cousins?|mom|dad|family|sons?) to (?:follow|watch|spy on|keep an eye on|check up on|check on|sit (?:in|outside|across|near))\b",
            # caught going through my messages; the speaker's drop-in used to listen
            r"\b(?:caught|found|saw|see|catch)\b (?:him|her|them|he) (?:on|in|with) (?:the|my|his|her) (?:laptop|phone|computer|tablet|ipad)\b(?: \w+){0,2}? (?:going|looking|reading|scrolling|searching) through my\b",
            r"\b(?:he|she|they)\b(?: \w+){0,8}? (?:drop in|drops in|dropping in|drop ins|drop in feature)\b(?: \w+){0,8}? (?:listen\w*|hears?|heard|spy\w*|whenever|any time|anytime|comment\w*|without (?:telling|asking|warning))\b",
        ),
    },
    "violence": {
        "clear": (
            r"^(?:help )?i am (?:bleeding|bleeding badly|bleeding a lot|covered in blood)(?: please| help| now)*$",
        ),
        "possible": (
            # the injury explained away to the doctor
            r"\b(?:doctor|doctors|nurse|nurses|gp|a and e|hospital|dentist|teacher|boss|colleagues?|people|everyone|physio|midwife)\b(?: \w+){0,3}? (?:asked|asks|ask)\b(?: \w+){0,4}? i (?:said|say|told \w+|tell \w+) (?:that )?i (?:fell|had fallen|tripped|slipped|walked into|bumped|ran into)\b",
        ),
    },
}
_FROM_P: dict[str, dict[str, tuple[str, ...]]] = {
    "children_pets": {
        "possible": (
            r"\b(?:kids?|children|son|daughter|stepson|stepdaughter|boy|girl|little one|baby|the boys|the girls)\b (?:is|are) (?:\w+ )?(?:scared|afraid|frightened|terrified) of (?:his|her|their) (?:own )?(?:father|dad|mother|mom|stepdad|stepmom|stepfather|stepmother)\b",
            r"\b(?:tells|told|telling|says to|said to) (?:the|my|our) (?:kids|children|son|daughter|boys|girls)\b(?: that)? (?:i am|i was|mommy is|daddy is|their (?:mom|dad|mother|father) is) (?:the reason|to blame|bad|evil|crazy|mad|useless|leaving|going to leave|the problem)\b",
        ),
    },
    "fear": {
        "possible": (
            # safe this minute, not after it: "I'm safe for now but he's coming back" (also a SafetyIntent sample)
            r"\b(?:i am|we are|i feel|i will be) (?:(?:safe|okay|ok|alright|fine) )?(?:for now|right now|at the moment|for the moment|for tonight|now|until)\b(?: \w+){0,2}? (?:but |until )?(?:(?:he|she|they) (?:is coming|are coming|comes|come|gets|get|will be|is on|are on|knows|know|is due|is back|(?:said|says) (?:he|she|they) (?:will|would|is|are))|i am (?:scared|afraid|frightened|terrified|dreading) (?:of |about )?(?:tonight|later|tomorrow|when he))\b",
            # speaking to the skill in case he hears; everyone silent when his vehicle is heard
            r"\b(?:talk\w*|speak\w*|whisper\w*|using this|use this|this thing|this app)\b(?: \w+){0,6}? in case (?:he|she|they) (?:hears|hear|finds out|sees|catches me|walks in|comes in|wakes)\b",
            r"\b(?:go|goes|went|going|fall|falls|fell) (?:very |really |dead |all )?(?:quiet|silent|still)\b(?: as mice| as a mouse)?(?: \w+){0,2}? (?:when|whenever|as soon as|the moment|once) (?:we |i )?(?:hear|see)\w* (?:his|her|their|the) (?:car|truck|tractor|ute|bike|motorbike|key in the door|keys|footsteps)\b|\b(?:go|goes|went|going) (?:very |really |dead |all )?(?:quiet|silent) as (?:mice|a mouse)\b(?: \w+){0,3}? (?:when|whenever) (?:he|she|they)\b",
        ),
    },
    "fleeing": {
        "possible": (
            r"\bwhen (?:he|she|they) (?:leaves|goes|is out|goes out|is at work|has gone|gets up)\b(?: \w+){0,4}? i am (?:gone|leaving|out|off|going)\b(?: for good| forever| with the kids)?",
        ),
    },
    "isolation": {
        "possible": (
            r"\b(?:he|she|they) (?:is|are) all i (?:have|have got|got) (?:left|now|anymore|in the world)\b",
            r"\b(?:not allowed|never allowed|not let) (?:on the phone|to (?:call|ring|phone|text|talk to|speak to|see|visit|message|facetime|video call)) (?:to |with )?(?:my )?(?:friends|family|mom|dad|parents|sister|brother|anyone|people|folks)\b",
            r"\b(?:family|friends|mom|parents|sister|brother|mates)\b (?:thinks?|believes?|assumes?) i (?:do not|never|did not) (?:want to )?(?:see|visit|call|ring|talk to|speak to|care about|like) (?:them|him|her)\b(?: \w+){0,3}? (?:but|when) (?:it is|its|really it is|really) (?:him|her|he|them)\b",
        ),
    },
    "self_harm": {
        "possible": (
            r"\b(?:want|wanted|wanting|trying) to (?:fade out|fade away|waste away|not exist|stop existing|cease to exist)\b|\bstopped eating on purpose\b",
            r"\b(?:think|thought|thinking|imagin\w*|wonder\w*|tempt\w*|urge|about|driving|drive)\b(?: \w+){0,10}? (?:let\w* go of the (?:steering )?wheel|not (?:turn|turning) the wheel|(?:drive|driving|steer\w*|swerv\w*|veer\w*|crash\w*) (?:the car )?into (?:a |the )?(?:tree|wall|bridge|lorry|truck|oncoming \w+|river|barrier|pillar))\b",
        ),
    },
    "sexual": {
        "clear": (
            r"\b(?:blackmail\w*|extort\w*|threaten\w* me)\b(?: \w+){0,3}? (?:with|over|using) (?:my |the |our |some )?(?:nudes|naked (?:pictures|photos|pics)|intimate (?:pictures|photos|videos|images)|sex (?:tape|video))\b",
        ),
        "possible": (
            r"\b(?:sex|sleep with|in bed|on top of me)\b(?: \w+){0,8}? i (?:did not|do not|never) want (?:it|to)\b|\bi said (?:stop|no)(?: to him)? (?:and|but) (?:he|she|they) (?:did not|would not|kept going|carried on|did not stop|just kept going)\b",
        ),
    },
    "threat": {
        "possible": (
            r"\b(?:keeps|kept|always) saying one of these days$|\bone of these days (?:i will|i am going to|you will|you are going to)\b",
        ),
    },
}
# -- families written in wave 10 (hand q, weighted to children and pets, isolation and stalking) -------------
_FROM_Q: dict[str, dict[str, tuple[str, ...]]] = {
    "children_pets": {
        "clear": (
            # a pet shut out in the cold or hurt to get at me; its cage or hutch thrown over with it inside
            rf"\b(?:locked|locks|shut|shuts|put|puts|left|leaves|kept|keeps|threw|throws|kicked|kicks) (?:the|my|our) (?:\w+ )?{PET}\b (?:out|outside|in the (?:shed|garage|car|boot|cold|yard))\b(?: \w+){{0,6}}? (?:to (?:get at|punish|spite|teach) me|all night|overnight|in the (?:snow|frost|rain|cold|heat))\b",
            rf"\b(?:threw|throws|kicked|kicks|tipped|tips|knocked|knocks|smashed|flung|chucked|booted) (?:the |my |our )?(?:\w+ ){{0,2}}(?:hutch|cage|tank|crate|basket|bowl|run)\b(?: \w+){{0,3}}? with (?:the|my|our|a|his|her) (?:\w+ )?{PET} (?:still )?in (?:it|there)\b",
        ),
        "possible": (
            # a beating given to a pet or a child, said in passing: "gave the dog a proper hiding again"
            rf"\b(?:gave|gives|giving|give) (?:the|my|our) (?:\w+ )?(?:{PET}|{KID}) (?:a |another )?(?:proper |good |real |right |bloody )?(?:hiding|beating|kicking|thrashing|leathering|hammering|belting|walloping|battering)\b(?! place| spot)",
            # a pet that may "go missing" if I keep doing something
            rf"\b(?:he|she) (?:said|says|told me|tells me|warned|warns|hinted|hints|threatened|threatens|keeps saying)\b(?: that)?(?: \w+){{0,2}}? (?:the|my|our) (?:\w+ )?{PET} (?:might|could|will|would|may|is going to) (?:go missing|disappear|vanish|have an accident|get hurt|not come (?:home|back))\b",
            # the children used against me: asked where I have been, told they will be taken from me
            r"\b(?:uses|used|using) (?:the|my|our) (?:kids|children|son|daughter|boys|girls|little ones)\b(?: \w+){0,2}? (?:to (?:find out|spy|check|keep tabs|get at|get back at|punish|control|track)|against me|as (?:spies|weapons|pawns|a weapon|messengers))\b",
            r"\b(?:questions|questioned|quizzes|quizzed|interrogates|interrogated|grills|grilled) (?:the|my|our) (?:kids|children|son|daughter|boys|girls|little ones)\b(?: \w+){0,3}? (?:about )?(?:where i|who i|what i|who comes|who came|if i)\b",
            r"\bif i (?:tell|told|leave|left|report|call|ring|go to|say)\b(?: \w+){0,4}? (?:the |my |our )?(?:kids|children|son|daughter|baby|boys|girls) (?:will|would|are going to|is going to|will get|would get) (?:be )?(?:taken|put in care|go into care|removed)\b",
            r"\b(?:keeps|kept|took|has|taken|keeping) (?:the|my|our) (?:kids|children|son|daughter|baby)\b(?: \w+){0,5}? (?:will not|would not|does not|refuses to|did not|never|not) (?:tell|let) me (?:know )?where\b",
            # a child made to stand or kneel for hours
            r"\b(?:he|she)\b(?: \w+){0,6}? (?:makes|made|making) (?:him|them|the kids|the children|my (?:son|daughter|boy|girl|kids|children)|the (?:boy|girl|boys|girls)) (?:stand|kneel|sit|stay) (?:in the corner |outside |facing the wall |on the step |in (?:his|her|their) room )?(?:for hours|all night|all day|for (?:ages|hours on end)|in the cold|without (?:food|dinner|eating|tea))\b",
        ),
    },
    "isolation": {
        "possible": (
            # upset or sulking when I see my own people, so I have stopped going
            r"\b(?:gets|get|goes|went|got) (?:really |so |very )?(?:upset|in a (?:mood|strop|huff|sulk)|moody|funny|jealous|angry|mad|nasty|cold)\b(?: for (?:days|hours|a week))?(?: \w+){0,2}? (?:if|when|whenever|every time) i (?:go|see|visit|meet|call|ring|phone|text|go out|go for)\b(?: \w+){0,6}? (?:i (?:do not|never) (?:go|see (?:him|them|her)|bother)(?: anymore| now)?|i (?:have|had) (?:given up|stopped)|i (?:stopped|gave up))\b",
            r"\b(?:my|mums|moms|his) ?(?:mom|mums|moms|mother|sister|brother|family|friends?|mates?|dad|parents|nan|gran)\b(?: \w+){0,8}? (?:says|said|tells me|told me|decides|decided) i (?:should not|can not|must not|am not to|am not allowed to|should never) (?:reply|answer|respond|text (?:back|him|her)|ring (?:back|him|her)|call (?:back|him|her)|write back|see (?:him|her|them)|visit)\b",
            r"\bnot (?:permitted|allowed) to go (?:anywhere|out|to (?:temple|the temple|church|mosque|the mosque|mass|chapel|synagogue|gurdwara|prayers?|the gym|my (?:class|classes|group|choir|club)|my moms?|my mums?))\b(?: \w+){0,2}? without (?:him|her|his say so|asking)\b",
            r"\b(?:my|his) (?:family|friends|mom|mums|moms|parents|sister|brother|mates)\b(?: \w+){0,6}? (?:i|i have|i had|have|had) to choose\b(?: and i chose (?:him|he)| (?:him|he) or| between (?:him|he|them|us) and)",
            r"\b(?:choose|chose|pick|picked|choosing) between (?:him|he) and (?:my |his )?(?:family|friends|mom|mums|parents|sister|brother|mates)\b",
            r"\bi used to have (?:loads of |lots of |so many |a lot of |plenty of |a few )?(?:friends|mates)\b(?: \w+){0,3}? now (?:it is |there is |i have |i have got )?(?:only |just )?(?:him|he)\b",
            r"\b(?:he|she) (?:has |is |had )?(?:stopped|stops|banned|bans) (?:my )?(?:mom|mum|mother|dad|sister|brother|family|friends|mates|parents|nan|gran)\b(?: from)? (?:coming round|coming over|visiting|coming to the house|calling round|popping in|seeing me|coming)\b",
            r"\bdoes not (?:like|want) me (?:going out|going anywhere|seeing (?:anyone|people|my \w+)|leaving the house|going to (?:the shops|my \w+))\b(?: \w+){0,2}? without (?:him|her)\b",
            r"\b(?:he|she) (?:has |is |had )?(?:turned|turns|turning|poisoned|set) (?:everyone|everybody|all my friends|my friends|my family|the whole (?:town|village|street|church|family)|people|them all)\b (?:against me|off me)\b",
            r"\b(?:no one|nobody|none of my (?:friends|family)) (?:visits|comes round|comes over|calls|rings|calls round|comes)(?: \w+){0,2}? (?:anymore|now)\b(?: \w+){0,2}? (?:he made sure|because of him|he saw to (?:that|it)|thanks to him)",
        ),
    },
    "stalking": {
        "possible": (
            # he knows where I was though I never told him; he turns up to check; he searches my things
            r"\bhe (?:always )?(?:knows?|knew) (?:where i am|where i have been|where i go|where i was|where i had been|who i am with|who i was with)\b(?: \w+){0,3}? (?:when|if|even|though|and|but) i (?:have not|had not|did not|never) (?:told|tell|said)\b",
            r"\b(?:had not|have not|never|did not) (?:told|tell) him (?:i|where i)\b(?: \w+){0,3}? (?:gone out|was out|went out|was going|had gone|would gone|was at|went)\b(?: \w+){0,4}? (?:(?:do not|did not) know how he (?:knew|knows|found out)|how (?:did |does )?he (?:knew|know|knows|found out))",
            r"\b(?:outside|at|round|to) my (?:new )?(?:flat|house|place|home|door|work)\b(?: \w+){0,8}? (?:i (?:never|did not|have not|had not) (?:gave|give|given|told) (?:him|he) (?:the|my) (?:address|new address|postcode)|(?:does not|should not|is not supposed to) (?:know|have) (?:the|my) (?:address|new address))",
            r"\b(?:turned|turns|turning|showed|shows|showing) up\b(?: \w+){0,4}? (?:to (?:check (?:on me|up on me|i was|where i)|make sure i was|see if i was)|because he (?:did not|does not|would not) (?:believe|trust) (?:me|that|i was|where))",
            r"\bhe\b(?: \w+){0,2}? (?:goes|went|going|go|looks|looked|searches|searched|rifles|rifled|checks|checked) (?:through )?my (?:bag|handbag|purse|pockets|drawers|receipts|post|mail|car|coat)\b(?: and my \w+)?(?: \w+){0,2}? (?:every (?:night|day|time|evening)|when i (?:get|come) (?:in|home|back)|while i (?:am|was) (?:asleep|in the shower|out)|to (?:check|see|find))",
            r"\b(?:asked|asks|gets|got|pays|paid|told|tells) (?:the |my |our )?(?:neighbors|neighbor|neighbours|mates|friends|his (?:mates?|friends?|family|mom|sister|brother|cousin|dad)|people|the kids)\b(?: \w+){0,2}? (?:to )?(?:tell him|report back|keep an eye on me|watch me|watch the house|spy on me|let him know)\b(?: \w+){0,4}? (?:who (?:comes|visits|i see|i am with|i talk to|came)|where i (?:go|am|went)|when i (?:go|leave|come|left))\b",
            r"\b(?:logs?|logged|logging) (?:in)?to my (?:bank|banking|bank app|banking app|online banking|bank account)\b(?: \w+){0,6}? (?:where i|who i|what i)\b",
            r"\b(?:moved|changed|switched|stopped going to) (?:gyms?|jobs?|routes?|my (?:gym|route|number|routine|walk)|the way i (?:walk|drive|go))\b(?: \w+){0,3}? (?:he would not|he will not|he does not|he can not|he could not|he would|he will stop) (?:know|find|find me|see me|follow me)\b",
        ),
    },
    "control": {
        "clear": (
            # my things held and not given back; my medicine locked away; nowhere without asking
            r"\b(?:has|got|took|taken|is got|has got|have got) my (?:phone|keys|purse|wallet|passport|cards?|bank card|money|id|documents|car keys|medication|meds)\b(?! charger| case| bill| plan)(?: \w+){0,8}? (?:will not|would not|refuses to|does not|never) (?:give|hand|let me have) (?:him|them|it|\w+) back\b",
            r"\bhe (?:has |is |had )?(?:locked|locks|hid|hides|hidden|hiding|keeps|kept) (?:all )?my (?:medication|meds|medicine|tablets|pills|inhaler|insulin|antidepressants) (?:away|up)\b",
        ),
        "possible": (
            r"\b(?:can not|not allowed to|never allowed to|am not to|can never) (?:go|leave the house|go out|go anywhere|do anything)(?: \w+){0,3}? without (?:asking(?! (?:for|the|my|about|directions))|asking him|asking her|his (?:permission|say so|ok|okay|approval)|telling him first)\b",
        ),
    },
    "fear": {
        "possible": (
            # living by his mood: on tiptoe while he is home, his face read at the door, no sleep until I know
            r"\b(?:walk|walking|tiptoe|tip toe|creep|creeping|live|living)(?: around| about| round)? on (?:tiptoe|tiptoes|tip toe|eggshells)\b(?: \w+){0,2}? (?:when|whenever|while|once|as soon as) he (?:is|gets|comes|walks)\b(?! (?:asleep|sleeping|napping|in bed|resting|on a call|working|on the phone|revising|studying))",
            r"\b(?:check|checks|checking|read|reads|reading|watch|watches|watching|study|studies|studying|scan|scanning) (?:his|her) (?:face|mood|eyes|expression)\b(?: \w+){0,8}? (?:what (?:night|mood|evening|day) (?:it will be|it is going to be|it is|he is in|we are in for)|what (?:we are|i am) in for|which (?:version|mood))",
            r"\b(?:can not|do not|never) (?:sleep|relax|settle|breathe|eat)\b(?: \w+){0,3}? (?:until|till|before) i (?:know|see|check|work out|find out) (?:what mood|what sort of mood) he is(?: in)?\b",
        ),
    },
    "fleeing": {
        "possible": (
            r"\b(?:pack\w*) (?:a |my )?(?:bag|suitcase|case|go bag|grab bag)\b(?: \w+){0,4}? (?:and )?(?:hid\w*|hiding|stash\w*|keep\w* it|kept it) (?:it )?(?:at work|in the (?:car|boot|shed|garage|wardrobe|loft)|at (?:a friends?|my friends?|my mums?|my moms?|my sisters?|my neighbors?))\b",
            r"\b(?:opened|open|opening|set up|setting up|started|have) (?:a |my own )?(?:secret|separate|hidden|private) (?:bank )?account\b(?: \w+){0,4}? (?:get out|leave him|leave|escape|get away|for when i (?:go|leave))\b",
            r"\b(?:need|have|want|got) to get (?:out|away) (?:of here |from him )?(?:quietly|without him (?:knowing|noticing|seeing|hearing)|before he (?:wakes|gets back|gets home|comes back|notices))\b(?! (?:before|so) (?:the baby|the kids|my \w+) )",
        ),
    },
    "weapon": {
        "clear": (
            r"\bhe\b(?: \w+){0,2}? (?:came|comes|turned up|showed up|come|coming|was) (?:to|at|round) (?:the|my|our) (?:door|house|flat|window|car|work)\b(?: \w+){0,2}? (?:with|holding|carrying) (?:a |his |the )?(?:baseball bat|bat|knife|gun|hammer|machete|crowbar|axe|shotgun|rifle|iron bar|golf club|cricket bat)\b",
            r"\b(?:there is|we have|he has|he keeps|he has got) (?:a |his )?(?:gun|guns|rifle|shotgun|pistol|firearm|weapon)s? (?:in the (?:house|home|flat|bedroom|car|truck)|at home)\b(?: \w+){0,4}? (?:and|but) he (?:is|gets|was|has been) (?:angry|drunk|raging|furious|mad|in a (?:mood|rage|temper)|threatening|losing it)\b",
        ),
    },
    "self_harm": {
        "possible": (
            r"\bi am (?:standing|sitting|stood|sat|up) on (?:the|a) (?:bridge|ledge|roof|rooftop|edge|cliff|cliff edge|overpass|parapet|railing|railings)\b(?: \w+){0,2}? (?:now|right now|tonight)\b",
            r"\b(?:about|of) ending it (?:a lot|all the time|every day|most days|more and more|constantly)\b",
        ),
    },
    "asks_help": {
        "possible": (
            # someone calling out into the room and nothing else: "hello, is anyone there?", "can anybody hear me"
            r"^(?:(?:hello|hi|hey|please|sorry|excuse me|help)(?: |$))*(?:is (?:there )?(?:anyone|anybody|someone|somebody)"
            r"(?: (?:there|here|out there|listening|around))?|(?:can|could|will) (?:anyone|anybody|someone|somebody) (?:hear|help) me"
            r"|(?:anyone|anybody|someone|somebody) (?:there|here|out there|listening))"
            r"(?: (?:please|hello|help|help me|i need help|can you help(?: me)?))*$",
            r"^(?:please )?(?:call|ring|phone) (?:my|the) (?:\w+ )?(?:sister|brother|mom|dad|mother|father|friend|neighbor|nan|gran|son|daughter|aunt|auntie|uncle|cousin)\b(?: \w+){0,2}? (?:please )?(?:hurry|quick|quickly|it is urgent|urgently|help)\b",
        ),
    },
}
# -- families written in wave 11 from blind hand s (mostly everyday near misses; these are its danger rows by meaning)
_KID_S = rf"(?:{KID}|eldest|oldest|youngest|middle one|little lad|wee lad)"
_FROM_S: dict[str, dict[str, tuple[str, ...]]] = {
    "children_pets": {
        "clear": (
            # a child hauled or held up by the arm, the collar, the hair
            rf"\b(?:he|she)\b(?: \w+){{0,3}}? (?:dragged|drags|dragging|yanked|yanks|yanking|hauled|hauls|hauling|dangled|dangles|dangling|hoisted|held|holds|holding|shook|shakes|shaking|threw|throws|flung|grabbed|grabs) (?:my|our|the|his|her) {_KID_S}\b"
            rf"(?: (?!out\b)\w+){{0,4}}? by (?:the|his|her|their) (?:arm|arms|hair|collar|ear|ears|neck|leg|legs|wrist|wrists|scruff|throat|hood|jumper|shirt|ankle|ankles|ponytail|plaits?)\b(?! (?:to (?:stop|save|keep)|and (?:swung|spun|twirled)))",
        ),
        "possible": (
            # a child afraid of him: hides, freezes, wets the bed when he shouts or comes in
            rf"\b(?:my|our|the) {_KID_S}\b(?: \w+){{0,8}}? (?:hides?|hid|hiding|cowers?|cowering|cowered|freezes?|froze|flinch\w*|trembl\w*|shakes|shaking|wets (?:the|her|his) bed|wetting (?:the|her|his) bed|wet (?:the|her|his) bed)\b(?: \w+){{0,2}}? "
            r"(?:when|whenever|every time|as soon as|the minute|the moment) (?:he|she|they) (?:hears? (?:him|his|he)|heard (?:him|his|he)|sees? (?:him|his)|saw (?:him|his)|shouts|shouted|yells|yelled|raises his voice|comes home|gets home|walks in|comes in|starts shouting|gets angry|kicks off)\b",
            # a pet gone after a row, and his smile
            rf"\b(?:the|my|our) (?:\w+ )?{PET}\b(?: \w+){{0,2}}? (?:went missing|disappeared|vanished|was found dead|turned up dead|died|was gone|never came back|got hurt|got injured)\b(?: \w+){{0,6}}? "
            r"(?:(?:after|when|since|the day|the night|right after) (?:we|i|he)\b(?: \w+)? (?:argued|rowed|fought|had (?:a|that|the|our) (?:row|fight|argument|bust up)|left|said no|told him|refused|stood up to him|broke up|split)|and (?:he|she) (?:smiled|laughed|smirked|grinned))\b",
            # told he will go to social services and say I am not fit to mother
            r"\b(?:ring|call|phone|report me to|contact|tell|go to|get) (?:the )?(?:social services|social workers?|the social|child protection|cps|dcfs|childrens services|family services|tusla)\b(?: \w+){0,4}? "
            r"(?:i am|i was|that i am|that i was) (?:a |an )?(?:unfit|bad|terrible|neglectful|useless|crazy|mad|unstable|drunk|alcoholic|addict|junkie|danger|abusive|not fit)\b",
            # the children set to watch me and report
            r"\b(?:he|she)\b(?: \w+){0,2}? (?:gets|got|makes|made|asks|asked|pays|paid|bribes|bribed|tells|told|uses|used) (?:the|my|our) (?:kids|children|son|daughter|boys|girls|little ones|eldest|youngest)\b(?: \w+){0,2}? (?:to )?"
            r"(?:spy|report back|tell him (?:who|where|what|when)|watch me|keep an eye on me|check (?:up )?on me|listen to my|snitch|grass)",
        ),
    },
    "threat": {
        "clear": (
            # what he says will be left of my face
            rf"\b{SAY}\b(?: \w+){{0,3}}? (?:i|you) (?:will not|would not|am not going to|are not going to|will never|would never) (?:have|be left with|keep) (?:a|any|my|your) (?:face|teeth|legs|kneecaps|fingers|eyes|nose|jaw|front teeth|looks)\b"
            r"(?! (?:left )?(?:if|when) (?:i|you) (?:keep|eat|carry on|drink))",
        ),
        "possible": (
            # his "jokes" about killing me
            r"\b(?:he|she)\b(?: \w+){0,2}? (?:jokes?|joked|joking|laughs?|laughed|laughing|teases?|teased|talks?|talked|talking|fantasi\w*|goes on|went on|makes jokes|made jokes|dreams?) about "
            r"(?:how (?:he|she) (?:would|will|could) |how to )?(?:killing|murdering|hurting|burying|strangling|poisoning|drowning|shooting|stabbing|getting rid of|doing away with|chopping up|smothering|"
            r"kill|murder|hurt|bury|strangle|poison|drown|shoot|stab|get rid of|do away with|chop up|smother|disposing of|dispose of) (?:me|my body)\b"
            r"(?! (?:if|when) i (?:spoil|eat|forget|finish|tell|am late|burn|lose|break|miss|skip|dent|scratch|beat))",
        ),
    },
    "violence": {
        "clear": (
            # Caribbean speech: "him lick mi down", "him box mi"
            r"\b(?:him|dem|dey)\b (?:\w+ )?(?:lick|licks|licked|box|boxes|boxed|buss|bussed|bax|baxed|tump|tumped|mash|mashed|kick|kicked|beat|slap|slapped|punch|punched|hit|wap|wapped) (?:mi|me)\b"
            r"|\b(?:lick|licks|licked|box|boxed|buss|bussed|bax|baxed|tump|tumped|mash|mashed|kick|kicked|beat|slap|slapped|punch|punched|hit|chop|chopped|stab|stabbed|wap) mi\b",
        ),
    },
    "strangulation": {
        "clear": (
            # his weight on my neck
            r"\b(?:knelt|kneels|kneel|kneeling|kneeled|stood|stands|standing|stamped|stamps|stamping|stepped|steps|stomped|stomps|leant|leaned|leans|leaning|pressed|presses|pressing|"
            r"put (?:his|her|all his|all her) (?:weight|knee|foot|boot)) on my (?:neck|throat|windpipe)\b",
        ),
    },
}
# -- families written in wave 11 from hand r and the backstop's leave-one-hand-out misses (self-harm first,
# then fear, fleeing and asks for help), read by meaning: passive wishes, "everyone better off", goodbyes and
# things given away, means and plans said sideways, hurt done to oneself said lightly, and the everyday
# readings they must leave alone (a song "i'll jump off a bridge" over, a haircut, fasting, a race-track day).
# "If I were gone": the end of a wish said as a condition ("if i just wasn't here", "if i disappeared").
_GONE = (
    r"(?:(?:was not|were not|am not|was never|were never) (?:here|around|alive|a thing|in the picture|born|in (?:the|his|her|their) (?:way|lives|life))"
    r"|(?:was|were) (?:gone|dead|out of the (?:way|picture))|disappeared|died|vanished|stopped being (?:here|around|alive|a burden|a problem)"
    r"|did not exist|did not wake up|never woke up|went away for good|was not here anymore|went to sleep and (?:did not|never) (?:wake|woke) up)\b(?! (?:for|at|on|when|tonight|tomorrow|this|next|in the|by)\b| to (?!argue|fight|shout|row|nag|bother|annoy|upset|disappoint|worry|blame|deal)\w)"
)
# games named before what happened in them: "playing call of duty with the kids and they keep shooting me"
_GAMES = (
    r"(?:call of duty|cod|fortnite|halo|fifa|minecraft|video ?games?|computer games?|playstation|xbox|ps5|switch|apex|valorant|overwatch"
    r"|gta|warzone|paintball|laser tag|nerf|water pistols?|water fight|snowball fight|pillow fight|cops and robbers|tag|hide and seek)"
)
_IDIOMS_R: tuple[str, ...] = (
    # hyperbole over a song, an advert or a meeting: "if i have to hear that song once more i'm gonna jump off a bridge"
    r"\bif i (?:have to|had to|hear|see|sit through|listen to|watch|sing|get)\b(?: \w+){0,3}? (?:that|this|the|another|one more) (?:\w+ )?(?:song|songs|advert|ad|jingle|tune|theme tune|film|movie|show|episode|joke|video|podcast|story|cartoon|playlist|meeting|email|spreadsheet|presentation|quiz|form|hold music|speech)\b"
    r"(?: \w+){0,4}? i (?:am going to|will|would|might|could|swear i will|swear i am going to) (?:jump off (?:a|the) (?:bridge|cliff|roof|building)|kill myself|shoot myself|throw myself (?:off|out of) (?:a|the) \w+|die|scream)\b",
    # help with an everyday task: "help me think where my keys are", "help me remember what he wanted from the shop"
    r"\bhelp me (?:think|remember|figure out|work out|find|look for|search for)\b(?= (?:where|what|when|which|who|my|the|his|her|our|a (?:present|gift|recipe|name|word|song|film|movie|book|restaurant))\b)"
    r"(?! (?:where|what) (?:to go|i can (?:go|stay|hide)|is safe)| (?:a|the) (?:shelter|refuge|police|number|helpline|hotline|way out|safe|nearest)\b)",
    # a game named first, then what happened in it
    rf"\b(?:playing|play|played|plays|on|at|in) (?:a |the )?{_GAMES}\b(?: \w+){{0,8}}? (?:kill\w*|shot|shoot\w*|murder\w*|stab\w*|snip\w*|blew up|blow\w* up|destroy\w*|beat|beating|headshot\w*|soak\w*) (?:me|us|him|each other)\b",
)
_IDIOMS_R = (
    *_IDIOMS_R,
    # worn out, not wishing: "so tired i could sleep forever"
    r"\b(?:tired|exhausted|knackered|shattered|wrecked|sleepy|jet lagged)\b(?! of)(?: \w+){0,2}? i could (?:sleep|hibernate) (?:forever|for a week|for days|for a year|for ever)\b",
)
# Defied over an errand, not over her body (wave 14): "i told him not to buy it and he did it anyway", "asked her
# not to invite her brother but she went ahead". The backstop reads "told him not to ... did it anyway" as
# coercion; over a purchase, a booking or the decorating it is a row, so the errand and its defiance are blanked.
# Nothing of harm may stand in between (pictures, weapons, pills, the children).
_IDIOMS_R = (
    *_IDIOMS_R,
    r"\b(?:told|asked|begged|warned) (?:him|her|them) not to (?:buy|order|book|paint|redecorate|invite|wash|eat|"
    r"throw out|throw away)\b(?!(?: \w+){0,6}? (?:photo|photos|picture|pictures|pic|pics|video|videos|nudes|gun|guns|"
    r"knife|knives|pills|tablets|rope|kids|children|baby|dog|cat|me|my body)\b)(?: \w+){0,6}? (?:and|but|so) "
    r"(?:he|she|they) (?:did it|did that|went and did it|went ahead and did it|went ahead|bought it|went and bought it)"
    r"(?: anyway| regardless| all the same)?\b",
)
IDIOMS = (*IDIOMS, *_IDIOMS_R)
_FROM_R_SELF: dict[str, dict[str, tuple[str, ...]]] = {
    "self_harm": {
        "clear": (
            # cutting, burning, blows to one's own head: said lightly, with the blade kept "for emergencies"
            r"\bi (?:cut|slashed|sliced|carved|scratched) (?:into )?my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hip|hips|forearm)\b(?! (?:on|chopping|cooking|shaving|peeling|slicing|opening|trimming|gardening|at|falling|fell|off|badly on|in the (?:garden|kitchen)|(?:when|while) (?:i (?:was|fell|slipped|tripped)|the|cooking|chopping|gardening))\b)|\bcutting (?:into )?my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach)\b(?! (?:on|open on)\b)",
            r"\bcut\b(?: \w+){0,3}? deeper than (?:usual|normal|before|last time|i meant|i wanted|ever)\b|\bcut\w* (?:again|deeper)\b(?: \w+){0,6}? (?:not deep|bleed\w*|feel something|feel anything|scars?)\b",
            r"\b(?:blade|blades|razor|razors|knife|scissors|shard|lighter|cigarette|compass)\b(?: \w+){0,3}? (?:into|against|to|across|along) my (?:own )?(?:thigh|thighs|arm|arms|wrist|wrists|skin|leg|legs|stomach)\b",
            r"\b(?:sitting|sat|sit|lying|lay|lie|in)\b (?:in )?(?:the |my )?(?:bath|bathtub|tub|bathroom|bedroom floor|kitchen floor|dark)\b(?: \w+){0,2}? with (?:a |the |his |her |my )?(?:razor|blade|blades|knife|pills|tablets|rope)\b",
            r"\b(?:keep|keeps|kept|carry|carrying|hide|hid|hidden|stash\w*) (?:a |my |the |some )?(?:razor|razor blade|razor blades|blade|blades|sharpener blade)\b(?: \w+){0,6}? (?:just in case|in case|for emergencies|for (?:when|bad)|if i need)\b",
            r"\b(?:razor|blade|blades|pills|tablets|rope|knife|bridge|tracks|river|ledge)\b(?: \w+){0,4}? (?:keeps|keep|kept|is|are|was|were) (?:calling|calling to|whispering to|pulling|tempting) me\b(?! (?:back|home|over|a|an|the|names|to (?:the|come|visit))\b)",
            r"\b(?:hit|hits|hitting|bang|bangs|banged|banging|bash\w*|smash\w*|slam\w*) my (?:own )?head (?:against|off|on|into) (?:the|a) (?:wall|walls|floor|door|table)\b(?: \w+){0,2}? (?:(?:till|until)(?! (?:he|she|you|someone|somebody)\b)|when(?:ever)? (?:it|i|things|everything)|so hard|on purpose|to (?:feel|stop|make it))\b",
            r"\bburn(?:ed|t|ing|s)? (?:myself|my (?:arm|arms|wrist|wrists|leg|legs|skin|hand|thigh))\b(?: \w+){0,2}? (?:with (?:a|the|my) (?:lighter|cigarette|match|matches|fag)|on purpose|again)\b",
            r"\b(?:hurt|harm|cut|hit|punch|scratch|burn|punish)\w* (?:myself|my self|my (?:arm|arms|leg|legs|head|skin|wrists?))\b(?: \w+){0,3}? on purpose\b|\b(?:hurt|harm|cut|burn|kill|punish)\w* my self\b",
            # the car left running in a shut garage; the means said in other words
            r"\b(?:car|engine|motor|van) running\b(?: \w+){0,4}? (?:in the garage|garage door|(?:garage )?doors? (?:shut|closed|down))\b|\b(?:garage|shed)\b(?: \w+){0,5}? with the (?:car|engine|motor|van) running\b",
            r"\bover dos\w*\b|\btak\w* my (?:own )?life\b(?! back| in(?:to)? my| seriously| in a new)|\b(?:hanging|drowning|poisoning|gassing|suffocating) myself\b",
            r"\b(?:thinking|thought|think|thoughts|contemplating|considering) (?:of |about )?(?:ending (?:it all|my life)|taking my (?:own )?life|hanging myself|drowning myself)\b",
            r"\b(?:look\w* up|googl\w*|search\w*|research\w*|read\w* (?:up )?about|check\w*|work\w* out|find\w* out|wonder\w*|ask\w*)\b(?: \w+){0,3}? how (?:many|much) (?:\w+ )?(?:paracetamol|pills|tablets|meds|medication|insulin|painkillers|sleeping pills|sleeping tablets|co codamol|codeine|aspirin|ibuprofen|tylenol|panadol)\b"
            r"(?: \w+){0,2}? (?:it takes|would it take|does it take|would take|to (?:die|kill|overdose|not wake)|would (?:kill|be enough|be fatal)|is (?:lethal|enough|fatal|a lethal))\b(?! to (?:work|kick in|bring|help|clear|get rid|take effect|go down)\b)",
            r"\b(?:take|swallow|down|taking|swallowing) (?:all|the lot|every one|the whole lot|every last one) (?:of )?(?:him|it|my pills|my tablets|the pills|the tablets|my meds|my medication)\b(?! (?:to|with|for|out|home|back|off|up|down|away|in)\b)(?: \w+){0,3}? (?:tonight|today|now|at once|i have decided|in one go|together)\b",
            r"\bi (?:want|wanted|am going|will|could|would|might|am about|feel like) (?:to )?(?:just )?(?:drink|swallow|take|drink down) (?:the |some |a bottle of |that )?(?:poison|bleach|antifreeze|weedkiller|weed killer|rat poison|pesticide|paraquat)\b",
            r"\b(?:(?:tonight|today|tomorrow|this weekend|\w+day) is|tonights|todays|tomorrows|\w+days) the (?:night|day)\b(?: \w+){0,4}? (?:i have (?:got )?everything (?:ready|sorted|in place|planned)|i am ready|i have decided|i will do it|i do it|no going back)\b",
            r"\b(?:pills|tablets|meds|paracetamol|painkillers)\b(?: \w+){0,10}? (?:count|counting|counted) (?:him|it|the pills|the tablets)\b(?! (?:out )?(?:for|into|in to)\b)"
            rf"{COUNTED_FOR_THE_DOSE}"
            r"|\b(?:pills|tablets|meds|rope|razor|blades?|gun)\b(?: \w+){0,8}? (?:a|my|the) (?:way out|exit|back ?up plan|plan b)\b",
        ),
        "possible": (
            # the bridge, the cliff, the tracks: gone to, stood on, thought about, slowed down at
            r"\b(?:stood|stand|standing|sat|sit|sitting|parked|stayed|lingered|drove|drive|driving|walked|went) (?:\w+ ){0,2}?(?:on|at|by|to|onto|near|up to) (?:the|a) (?:\w+ )?(?:bridge|cliff|cliffs|cliff edge|ledge|overpass|viaduct|railway line|tracks|rooftop|car park roof|multi storey)\b"
            r"(?: \w+){0,8}? (?:for (?:an hour|hours|ages|a long (?:time|while)|a while|the longest time)|a long (?:time|while)|looking down|staring down|staring at the water|looking at the water|thinking|wondering|before i (?:came|went|drove|walked) (?:home|back|in))\b(?! (?:watching|eating|having|in (?:the )?traffic|waiting for|with|because of|for the|about (?:the|work|what to))\b)",
            r"\b(?:looking|look|staring|stare)\w* (?:at|down at) (?:the|that) (?:\w+ )?(?:bridge|cliff|cliffs|tracks|railway line|overpass|viaduct|ledge|quarry|water below)\b(?: \w+){0,8}? (?:and thinking|thinking about it|what if|too long|for ages|wondering)\b|^(?:i have been |i keep )?looking at the bridge on my way (?:home|to work)$",
            r"\bi am (?:standing|sitting|stood|sat|up) on (?:the|a) (?:\w+ )?(?:bridge|ledge|roof|rooftop|edge|cliff|overpass|parapet|railing|railings)\b(?: (?:now|right now|tonight|again|alone))?$",
            r"\b(?:thinking|think|thought|drawn) (?:about|of|to) (?:the|that) (?:\w+ )?(?:bridge|cliff|cliffs|tracks|railway line|railway|overpass|viaduct|ledge|quarry)\b(?! (?:we|he|you|from|in (?:the|a) (?:film|book|painting|photo|picture|game|show))\b)"
            r"(?: \w+){0,8}? (?:every (?:night|day|time|morning|evening)|on my way|a lot|lately|thinking about it|and thinking|what if|all the time|again|when i (?:drive|go|walk|cross))\b|^(?:i )?(?:keep|kept) thinking about the (?:bridge|tracks|cliff|railway|river|ledge)$",
            r"\b(?:bridge|cliff|ledge|overpass|viaduct|level crossing|tracks)\b(?: \w+){0,10}? (?:slow down|stop|pause|linger|pull over|hesitate)\b(?: \w+){0,2}? (?:every time|each time|whenever|when i (?:go|drive|walk|cross))",
            r"\bwhat if i (?:just )?(?:went over(?: the (?:edge|side|railing|rail|barrier))?|jumped(?: off)?|stepped (?:off|out in front|in front)|let go(?: of the (?:wheel|railing|rail|edge))?|drove off(?: the \w+)?|kept (?:walking|driving|swimming))(?:$| (?:and|or|then|i mean|off the|into the (?:water|river|sea|traffic)))",
            r"\b(?:platform|bridge|edge|ledge|tracks|cliff|roof|balcony)\b(?: \w+){0,8}? one (?:step|jump|little step|move)\b(?! (?:at a time|closer|ahead|further|forward|back)\b)",
            r"\b(?:thinking|thought|think|thoughts|urge|urges|tempted) (?:about |of |to )?(?:jumping|jump)\b(?! (?:in|on|at|into|ship|the gun|to conclusions|rope|around|up|for|through|the queue|out of (?:a|the) plane|back in|onto|over the|a plane|on a)\b)",
            # driving to crash, not caring if a bus hits me, wishing the car had not stopped
            r"\b(?:think\w*|thought|about|tempt\w*|want\w*|urge|could|just|maybe)\b(?: \w+){0,3}? (?:driv\w*|drove|steer\w*|swerv\w*) (?:the car |it |myself )?(?:(?:off|into) (?:it|the (?:bridge|cliff|edge|pier|embankment|harbour|barrier)|a (?:cliff|bridge|wall|tree|ditch))|over (?:a|the) (?:cliff|edge))\b|\b(?:end up|maybe|might|could|straight)\b(?: \w+){0,2}? off (?:a|the) (?:cliff|bridge|edge|pier)\b",
            r"\b(?:driv\w*|drove|speed\w*|rid\w*|cycl\w*)\b(?: \w+){0,4}? (?:fast|too fast|like a maniac|recklessly|without (?:a )?(?:seatbelt|helmet)|through red lights)\b(?: \w+){0,6}? (?:on purpose(?! to (?:make|catch|get)\b)|(?:do not|would not|did not) (?:really )?(?:care|mind) if i (?:crash|die|come off|hit|get hurt|get killed)|hoping (?:i|to) (?:crash|die))",
            r"\b(?:do not|would not|did not|not|never) (?:really |honestly |even )?(?:care|mind)\b(?: \w+){0,2}? if (?:i (?:crash\w*|got hit|get hit|got run over|die|died|did not make it|do not make it|do not come back|never came back)|a (?:bus|car|lorry|truck|train|van|taxi) (?:hit|hits|ran me over|runs me over|took me))\b",
            r"\bif (?:a|the) (?:bus|car|lorry|truck|train|van|taxi|plane)\b(?: \w+){0,2}? (?:hit|hits|ran|runs|took|takes|crash\w*)\b(?: me)?(?: \w+){0,4}? (?:i )?(?:would not (?:really |honestly )?(?:mind|care|be (?:so |that |too )?bad|be sorry)|would be (?:a )?(?:relief|blessing))\b",
            r"\b(?:walk\w*|step\w*|ran|run) (?:out )?(?:in front of|into) (?:a |the |an )?(?:car|bus|lorry|truck|train|van|traffic|oncoming \w+)\b(?: \w+){0,8}? (?:on purpose|wish|hoping|wanted|disappointed|sorry it)\b|\bwish (?:it|he|the (?:car|bus|driver|lorry|train|van)) (?:had not|did not|would not have|never) (?:stop|stopped|brake|braked|swerve|swerved|miss|missed)\b",
            # not eating as punishment or for no reason left; not caring what becomes of me
            r"\b(?:not|stopped|stop|skip\w*|have not|had not|barely|hardly|do not|refuse to|refusing to)\b (?:really )?(?:eat\w*|ate|meals?|food)\b(?: \w+){0,8}? (?:on purpose(?! to (?:lose|save|fast|cut))|(?:do not|did not) deserve (?:to|it|food)|punish\w* myself|(?:do not|can not) see (?:why|the point)|no point|what is the point|do not (?:really )?care|why (?:should|would|bother)|not worth it)",
            r"\b(?:do not|did not|never) deserve (?:to eat|food|a meal|dinner|to have dinner)\b",
            r"\b(?:do not|does not|can not say i|no longer|never|not) (?:really |much |even |honestly )?care (?:what|whatever) (?:happens|becomes|will happen) (?:to|of) me\b(?! (?:at|in) (?:work|the (?:meeting|interview|office|exam))\b)",
            # everyone better off, a burden, a weight, a problem not for much longer
            r"\b(?:better off|better|happier|lighter|relieved|easier|calmer|freer|free|simpler)\b (?:all round )?without (?:the (?:\w+ )?(?:shame|burden|weight|embarrassment|trouble|disgrace) of )?me\b(?! (?:\w+ing|at|for|on|there|in the (?:kitchen|office|way|room|meeting)|to (?:nag|boss|help))\b)|\b(?:better off|better|happier|lighter|easier) without me (?:dragging|holding|weighing|bringing|pulling) (?:\w+ ){0,2}?(?:down|back)\b",
            rf"\b(?:everyone|everybody|all of (?:him|you|us)|the (?:world|kids|children|family)|my (?:kids|children|family|\w+)|he|people|you all)\b (?:\w+ ){{0,2}}?(?:would|will|could|be)\b (?:all )?(?:be )?(?:so |much |a lot |far )?(?:better off|happier|better|relieved|free|freer|lighter|easier|fine)\b(?: \w+){{0,2}}? (?:if i (?:just )?{_GONE}|once i am gone|when i am gone|with me gone|with (?:the |my )?(?:life )?insurance(?: money)?|than with me|(?:and )?i am (?:just |only )?(?:the|a) (?:problem|burden|waste))",
            r"\b(?:everyone|everybody|all of (?:him|you|us)|the world|my family|the family)\b (?:would |will )?(?:all )?be (?:so |much |a lot |far )?(?:better off|happier|relieved)\b(?:$| i am| really| to be honest| without)",
            rf"\bif i (?:just )?{_GONE}(?: \w+){{0,6}}? (?:there would be no|there would not be any|no more (?:fighting|arguing|rows|problems|stress)|nobody would|no one would|he would (?:finally|be (?:happy|happier|free|better|fine|relieved))|he could (?:finally|be happy|marry|move on|start)|everyone would|(?:it|things|life) would be (?:easier|better|simpler|calmer|quieter))",
            rf"\b(?:easier|better|simpler|kinder|calmer|best|quieter) (?:for (?:\w+ ){{1,2}}|all round |on everyone )?if i (?:just )?{_GONE}",
            r"\b(?:would|will)\b (?:\w+ ){0,2}?forget (?:about )?me\b(?: \w+){0,1}? (?:quick|quickly|soon|in no time|fast|in a (?:week|month|year|few))\b(?! if\b)|\bforget i (?:ever )?existed\b",
            r"\bi am (?:\w+ ){0,2}?(?:a |such a )?waste of (?:space|air|oxygen|skin|a life)\b(?! (?:at|in|on|when|with|for)\b)|\bi am (?:just|only|nothing but) (?:a|the|one big) (?:burden|problem|drain|waste of space|dead weight|weight)\b(?! (?:when|whenever|if|because|at|with|on (?:my|the)|to (?:my|the) (?:team|boss))\b)",
            rf"\bdo(?:ing)? (?:him|everyone|everybody|her|you all|the world|the family|all of (?:him|you)|us all) a (?:big |huge )?favou?r(?:$| by (?:disappear\w*|dying|going|not being|ending|killing|leaving for good|getting out of (?:the|their|his|her) way)| if i (?:just )?{_GONE})|\bgo on(?: then)? do (?:everyone|us all|the world|everybody) a favou?r\b",
            r"\b(?:weight|millstone|albatross|anchor|drain) (?:around|round|on|to|for) (?:everyones|everybodys|everyone|everybody|all of (?:him|you|their|your)|the family|my family|people)\b(?! (?:when|whenever|if) i\b)|\bbeing (?:such |so much of )?(?:a |the )?(?:weight|burden|drain|problem|nuisance|bother) (?:on|to|for)\b(?: \w+){0,1}? (?:everyone|everybody|all of (?:you|him)|people|my family|the family)\b(?! (?:when|whenever|if) i (?:moan|vent|complain|rant|ask))",
            r"\bi (?:am|will) (?:not|never) (?:going to )?be (?:a |the |your |his |anyones )?(?:problem|burden|bother|weight|trouble|nuisance) (?:for|to|on)?\b(?: \w+){0,2}? (?:much|very) longer\b|\bi will not be (?:a (?:problem|burden|weight|bother) )?for (?:much|very) longer\b",
            # goodbyes: "this is kind of a goodbye", "i meant it as goodbye", "said good bye ... she didn't get it"
            r"\bthis is (?:kind of |sort of |like )?(?:a |my |the )?(?:goodbye|farewell|last (?:message|note|goodbye|thing i say))\b(?! (?:party|card|present|gift|lunch|dinner|drinks|do|to (?:the|my|our) (?:old|house|flat|job|twenties|thirties)|for (?:now|the (?:week|weekend|summer|day|night))|until|till|see you)\b)",
            r"\bmeant it as (?:a |my )?(?:goodbye|farewell|a last)\b|\b(?:good ?buy|good bye|goodbye|bye)\b(?: \w+){0,2}? (?:thank you|thanks) for everything$|\bsorry for everything\b(?: \w+){0,4}? (?:i will not be (?:here|around)|goodbye|bye|this is (?:it|goodbye))",
            r"\b(?:said|say|saying|told \w+) (?:good ?buy|good ?bye|goodbye)\b(?: \w+){0,6}? (?:(?:he|nobody|no one) (?:does not|did not|will not|would not|do not) (?:know what i meant|get it|realise|realize|understand)|meant it|for good|properly)",
            r"\b(?:(?:telling|tell|told|say|saying|said) (?:\w+ ){0,3}?(?:i love (?:him|her|you)|goodbye|thank you|thanks|every(?:one|body))|(?:hug\w*|kiss\w*|held|hold\w*) (?:\w+ ){0,2}?(?:him|her|you|my \w+|every(?:one|body)|the kids))\b(?: \w+){0,6}? (?:like |as if |as though )?(?:it is|it was|it will be|it would be) (?:the last|my last|for the last)",
            r"\b(?:the )?last time i (?:will|would|am going to) (?:ever )?see (?:him|her|you|everyone|everybody|my \w+|the kids|all of (?:him|you))\b(?: \w+){0,4}? (?:because i have decided|i have decided|i am not going to be (?:here|around)|goodbye)",
            r"\bthis is my last (?:night|knight|nite)\b(?! (?:in|at|of|before|here|with|on|off|shift|working|as)\b)",
            r"^sorry (?:kids|children|everyone|everybody|mom|dad|babe|my (?:\w+ )?(?:kids|children|babies|boys|girls|darlings?|loves?|family))\b(?: \w+){0,4}? (?:i|mommy|mom|daddy|dad|he) (?:tried|did) (?:my|her|his) best$",
            # a decision, a date, a plan for when the house is empty, peace made
            r"\bi have (?:decided|made up my mind|chosen)\b(?: \w+){0,2}? (?:i am going to|i will|to) (?:do it|go through with it|go ahead with it)\b(?! (?:properly|myself|for)\b)(?!(?: \w+){0,8}? (?:sign|signing|book|booking|start|starting|learn|apply|applying|marathon|course|job|diet|propose|ask (?:him|her)|tell (?:him|her))\b)(?: \w+){0,2}? (?:after|when|once|before|on|this|tonight|tomorrow|next)\b",
            r"^(?:i have |i )?(?:picked|chosen|set) (?:the|a) date(?: already)?$|\b(?:letters|notes|goodbyes?|note)\b(?: \w+){0,6}? (?:pick|choose|set|decide on) (?:a|the) (?:day|night)\b",
            r"\b(?:plan|planned|planning)\b(?: \w+){0,4}? (?:when|while|once) (?:he is|he has|everyone is|everybody is|the kids are|nobody is|no one is)\b(?: \w+){0,6}? (?:house (?:is|will be) empty|(?:no one|nobody) (?:is|will be) (?:home|here|around|in)|on my own|by myself)\b",
            r"\bmade (?:my )?peace\b(?: \w+){0,6}? (?:i am ready\b(?! to (?:move on|start|try|date|talk|forgive|work|sell|buy|look|go back|get))|ready to go\b|written|letters|said my goodbyes|goodbye)",
            r"\b(?:think\w*|thought|work\w* out|plann?\w*) (?:about |through |out )?how (?:i (?:would|could|will|might|am going to)|to) do it\b(?! (?:differently|better|again|properly|myself|if|with|at|in|without|for)\b)|\b(?:thought|think\w*) about how$",
            r"\b(?:so|that|and) (?:that )?(?:nobody|no one|noone|the kids|he) (?:would|will|has to|have to|would have to|will have to|needs to) (?:have to )?(?:find|see) me\b(?! (?:in|at|on|for|before|after|like)\b)",
            r"\b(?:giv\w*|gave|delet\w*|cancel\w*|tid\w*|sorted|wrote|written|will|papers|letters|belongings)\b(?: \w+){0,8}? (?:so )?(?:that )?(?:there is |there will be |there would be )?(?:nothing|no one|nobody|noone) (?:left )?(?:has |would have |will have |needs |would need )?to (?:sort|deal with|fuss|clear up|clean up|organise|organize|worry)\b",
            r"\b(?:sort\w*|did|made|wrote|updated|finish\w*|done) (?:out )?my will\b(?: \w+){0,6}? (?:cancel\w*|delet\w*|gave away|giv\w* away|goodbye|letters?)\b|\bdeleted (?:all )?my (?:social media|accounts|photos|profiles?|pictures)\b(?: \w+){0,6}? (?:wrote|note|letter|goodbye|nothing left|gave away)\b",
            r"\b(?:wrote|written|writing|made|left) (?:out |down )?who (?:gets|will get|should get|is to get|can have) (?:the kids|my \w+|the (?:house|kids|children|dog|cat))\b(?!(?: \w+){0,3}? (?:at|on|for|each|every|which|when|over|this|next)\b)",
            # things given away: "giving my stuff away", "gave my cat to my neighbour because i won't be able to look after her"
            r"\b(?:giv\w*|gave|given) (?:away )?(?:all )?my (?:stuff|things|belongings|possessions|bits)(?: away)?\b(?! away\b)(?! (?:to (?:the )?(?:charity|tip|dump|church|jumble|car boot|op shop|goodwill|salvation army)|for (?:the )?(?:move|sale)|before (?:the |we |i )?mov\w*)\b)",
            r"\b(?:giv\w*|gave|given)\b(?! back\b) (?:away )?(?:\w+ ){0,3}?(?:my |her |his )?(?:good |best |favourite |favorite |wedding |engagement |mothers |moms |grandmothers |nans |grans |precious )?(?:ring|rings|jewel\w*|brooch|necklace|watch|guitar|coat|records|medals|bracelet|dog|cat|puppy|kitten|pets?|car|bike)\b"
            r"(?: \w+){0,10}? (?:he does not know why|does not need to know|will not need|would not need|shall not need|not be needing|will not be (?:here|around|able)|when i am (?:gone|not (?:here|around))|(?:because|as|since) i (?:will not|would not|shall not|do not need|will never))(?!(?: \w+){0,8}? (?:divorce|divorced|separation|separated|split up|broke up|break up|engagement)\b)",
            r"\b(?:will not|shall not|would not) be needing (?:him|it|any of (?:it|this|him)|these|those|my \w+)\b (?:where i am going|after (?:tonight|today|this week|sunday))\b",
            # wishing not to be: asleep and not waking, dying thought of, nothing to live for, might as well
            r"\b(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|being dead|death|my death|not being alive)\b(?! (?:my|his|her|the|your|it|him|our|a)\b| (?:of|in) )",
            r"\b(?:dying|die|death|dead|end it|ending it|not being here|not waking up|going to sleep)\b(?: \w+){0,4}? how easy it (?:would|could|might|will) be\b",
            r"\b(?:sleep|asleep|go to sleep|fall asleep|drift off|nod off)\b(?: \w+){0,2}? and (?:just )?(?:not|never) (?:come back|bother (?:waking|getting up)|wake(?: up)?|waking)\b|\bwent to sleep and stayed asleep\b|\bstay(?:ed)? asleep (?:forever|for good|for ever)\b",
            r"\b(?:sleep|go to sleep|rest|disappear)\b(?: \w+){0,6}? (?:forever|for ever|permanently)\b(?! (?:after|in|on)\b)",
            r"\b(?:hope|hoping|wish|pray\w*)\b (?:that )?(?:i|you) (?:do not|would not|will not|never|did not|could not|could) (?:not )?(?:wake|waking)\b(?! (?:up )?(?:the|him|her|my|his|our|your|early|late|with|in time|on time|before|when|for|to)\b)(?: up)?",
            r"\bif i (?:just )?(?:did not|never|do not) wake up\b(?! (?:in time|on time|early|for|to|when|before|the|at)\b)",
            r"\b(?:better off|better) (?:not (?:waking up|being here|being around|being alive|existing|born|here)|dead|gone|asleep forever)\b(?! (?:when|for|while|on|at(?! all)|during|tonight|tomorrow|this)\b)",
            r"\b(?:i have|there is|i have got|i got) no hope left\b(?! for (?:the|this|that|our|my)\b)|\bno hope left (?:in me|at all)\b",
            r"\b(?:do not|can not|never) (?:really )?see (?:a|any) future (?:for myself|for me|anymore|any more|at all)\b|\b(?:do not|can not) see the point (?:anymore|any more|know more|no more|in (?:anything|living|life|going on|carrying on|getting up|any of it|me))\b(?! (?:he|she|if|of (?:the|his|her))\b)",
            r"\b(?:no|not any|not a|lost (?:my|any)|nothing|without (?:a|any)) (?:\w+ )?(?:reason|point|purpose) (?:left )?(?:for me )?(?:to|in|for) (?:me )?(?:continue|keep|stay|go on|carry on|be|keep on)? ?(?:living|alive|live|breathing|existing|waking up)\b(?! (?:in (?:this|that|the|a)|here|there|with)\b)|\bnothing (?:left )?to live for\b",
            r"\bmy life is (?:finished|over|worthless|pointless|meaningless|not worth (?:living|anything)|a waste|done|nothing)\b(?! (?:if|when|unless|till|until|because (?:the|my|of (?:the|this)))\b)",
            r"\b(?:want|wanted|wish|need|needed|just want) (?:just )?to not be (?:anywhere|here|around|alive|a thing|at all|in this world)\b(?! (?:when|for|while|on|at|tonight|tomorrow|today|this)\b)|\bnot (?:be|exist) anywhere\b|\b(?:need|needed|needing|want|wish) to (?:not exist|stop existing|cease to exist|not be alive)\b",
            r"\b(?:do not|can not|no longer) (?:want to |wanna )?do (?:this|the) (?:whole )?(?:life|living|existing|being alive)(?: thing)?\b(?: anymore| any more|$)",
            r"\b(?:i|me|mi) (?:no|nuh|nah|nor|don|no dey|dont) (?:want|wan|wanna) (?:to )?(?:live|be alive|dey live|continue|wake)\b(?! (?:here|there|in|with|like|near|next|at|on)\b)|\b(?:tired|sick|weary) (?:fi|to) (?:live|exist|be alive)\b",
            r"\bmight as (?:well )?(?:just )?(?:be dead|die|be gone|disappear|not (?:be here|exist|be alive|wake up)|be (?:one|a ghost) for real|end it|give up on (?:life|everything))\b",
            r"\bdisappear(?:ing|ed)? (?:properly|for good|forever|permanently|for real)\b(?! from (?:social|facebook|instagram|the group|the chat))|\bdisappear\w*\b(?: \w+){0,4}? (?:and )?(?:not|never) (?:come|coming|came) back\b|\b(?:no one|nobody|noone) (?:will|would) (?:have to|need to|ever have to) (?:deal with|put up with|worry about|look after|bother with) me\b(?! (?:when|while|at|on|for|this)\b)",
            r"\b(?:die|dead|kill (?:myself|yourself)|end it)\b(?: \w+){0,6}? (?:part of me|and i) (?:wants|want|might|may|could|just might)(?: to)?(?:$| too| as well)|\bpart of me (?:wants|wanted|would like|is tempted) to (?:die|be dead|not be here|not wake up|end it|kill myself)\b|\bkill yourself\b(?: \w+){0,3}? (?:and )?(?:maybe |i think )?i (?:might|may|will|could|just might|want to)\b",
            r"\b(?:will not|would not|shall not) be (?:here|around|alive) to see (?:it|him|her|that|the|my)\b|\b(?:do not|not) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?(?:be|being|stay|staying) (?:here|around|alive)\b(?: \w+){0,2}? (?:much longer|for long|long|anymore|any more|$)",
            r"\bi will not be (?:here|around) to be (?:shouted|hit|hurt|yelled|screamed|blamed|treated)\b|\bafter (?:tonight|today|this weekend|tomorrow)\b(?: \w+){0,3}? (?:i will not be|there will not be (?:anyone|anybody|me)|i will be gone)\b",
            r"\b(?:do not know|not sure|no idea) (?:if|whether) i (?:still )?(?:want to|can|could|would want to) (?:be here|be alive|live|go on|carry on|keep going)\b(?! (?:for|at|in|with|next|this|tonight|tomorrow|when)\b)",
            r"\b(?:end|ending) (?:it|things|everything)\b(?: \w+){0,4}? (?:i do not mean|i am not talking about|not) (?:the|our|my) (?:relationship|marriage)\b",
            rf"\b(?:do not|dont) think i can (?:keep going|go on|carry on|keep doing this|take (?:it|this|much more))\b(?!{GRIND})(?: like this)?(?: \w+){{0,2}}? (?:much longer|anymore|any more|$)",
            r"\b(?:six feet under|in (?:the|my) grave|in the ground|in a box)\b(?: \w+){0,4}? (?:(?:does not|would not) sound (?:too |so |that )?bad|sounds (?:nice|good|peaceful|appealing|like (?:a )?relief)|would be (?:a )?(?:relief|peaceful|nice|a rest))\b",
            r"\b(?:sooner|rather) be (?:lying |buried )?(?:next to|beside|with) (?:my|her|his) (?:\w+ )?in the (?:churchyard|cemetery|ground|grave)\b|\bi would (?:sooner|rather) (?:be dead|die) than (?:go through|put up with|do this|wake up|face|live|spend|another|keep|carry on|be here)\b",
            r"\b(?:will not|not going to|promised? (?:not to|i will not)|trying not to|try not to|stopped|quit) (?:to )?(?:cut|cutting|burn|burning) (?:myself )?(?:again|anymore|any more)\b",
            r"\b(?:least painful|most painless|quickest|fastest|surest|easiest|simplest|gentlest) way (?:to (?:go|die|end it|end things|do it|kill myself|not wake up)|out)\b(?! (?:to|about|of (?:the|this|here|my|our|it|that)|home|there|back|through|round|around|for|is|would be)\b)",
            r"\bwish i could (?:just )?(?:go to sleep|sleep|disappear|vanish|fade away|not be here|stop existing)\b(?: \w+){0,6}? (?:forever|for good|permanently|and not wake|and never wake)\b",
            # "thinking of ending things" is also how a breakup is said: only when no partner or "with" follows
            r"\b(?:thinking|thought|think|thoughts|contemplating|considering) (?:of |about )?ending things\b(?!(?: \w+){0,5}? (?:he|him|his|with|us|we|relationship|marriage|between)\b)",
            # "i think" is a filler the screen drops: "(i think) about dying every day"
            r"\babout dying\b(?! (?:my|his|her|the|your|it|him|our|a|of|in|laughing|to|with|for)\b)(?<!book about dying)(?<!film about dying)(?<!podcast about dying)(?<!talk about dying)(?<!talked about dying)(?<!article about dying)",
            # "what's the point of any of it", "no point anymore", "what's the use of me": said at the end of a thought
            r"\bwhat is (?:even )?the (?:point|use) of (?:me|any of it|anything|it all|living|life|existing|me being here|going on)\b(?! (?:if|when|unless|\w+ing)\b)|^(?:there is )?no point (?:anymore|any more|in anything|in any of it|in living|in going on)$",
            r"\bi am (?:(?:just|only|nothing but) )?(?:a|the|one big) (?:burden|drain|waste of space|dead weight)$|\bi would (?:just )?be gone\b(?! (?:for|by|all|before|until|till|in|on|at|when|from|a|two|three|\d)\b)",
            # letters and goodbyes written for afterwards; the sea walked into; the cat found a home "if anything should happen"
            r"\b(?:letters?|notes?|messages?|goodbyes?|videos?)\b(?: \w+){0,10}? for (?:when i am gone|after i am gone|after i die|when i die|after$|afterwards$)|\b(?:wrote|written|writing|recorded|drafted) (?:a |my |the )?goodbye (?:message|note|letter|video|text|email)\b",
            r"\b(?:written|wrote|writing) (?:the |my )?letters (?:for|to) (?:the kids|the children|my kids|my children|everyone|each of)\b(?!(?: \w+){0,4} (?:school|teacher|christmas|birthday|santa|thank you|camp|holiday|party)\b)",
            r"\bwalk (?:out )?into the (?:sea|river|lake|loch|water|ocean|canal|waves)\b(?! (?:for a|to (?:cool|swim|paddle)|with the (?:kids|dog))\b)|\bsave (?:\w+ ){0,2}?(?:everyone|everybody|us all|you all|all of (?:you|us|him)|the family) the (?:bother|trouble|hassle|grief)\b(?! of\b)",
            r"\b(?:take|have|look after|give|keep|rehome)\b(?: \w+){0,4}? if (?:anything|something) (?:should |were to |was to |ever )?(?:happen|happens|happened) to me\b",
            r"\b(?:nobody|no one|noone|not a soul|not one person|the world)\b (?:\w+ ){0,3}?(?:would|will|who would|who will|that would)(?: even)? (?:notice|miss me|care|realise|realize)\b(?: \w+){0,4}? (?:if|when|once) i (?:went|go|was gone|died|disappeared|vanished|was not here|did it|left for good|was dead)\b(?! (?:to|on|for|out|away|back|home|in|into)\b)",
            r"\b(?:do not|never) want to be here\b(?: \w+){0,6}? not (?:in )?(?:anything|anywhere|at all|alive|existing|this world|the world)\b|\bto not (?:exist|be alive)\b",
            r"\b(?:fuss|sort|deal with|clear up|worry)\w*\b(?: \w+){0,3}? (?:when|after|once) i am gone\b",
        ),
    },
    "fear": {
        "clear": (
            r"\bi (?:fear|fraid|fearing) (?:him|he)\b",
            r"\b(?:he is|he has been|he keeps|he kept) (?:really )?scaring me\b(?! (?:with|half|by|when he (?:jumps|jumped|hides|hid))\b)",
        ),
        "possible": (
            r"^(?:i am |i feel )?(?:so |too |really |very )?(?:scared|frightened|terrified|afraid)\b(?: \w+){0,2}? (?:i )?(?:can not|could not) (?:think|breathe|move|speak|talk)(?: straight| properly)?(?: right now| now)?$",
            r"\b(?:nervous|anxious|worried|scared|afraid|terrified|frightened) (?:about |of )?how (?:(?:he|she) (?:will|would|might|is going to)|hell) react$",
            r"\bshould i be (?:scared|afraid|frightened)\b(?: \w+){0,3}? (?:that |because |of )?(?:he|him|his)\b",
            r"^(?:no |nope |not really )*not (?:really |very )?safe(?: here| now| right now| at all| at home| no)?$",
            r"\b(?:i|we|me|the kids) (?:might|may|could|am|are|feel|felt) (?:be )?in (?:some|real|serious|grave) danger\b",
            r"\b(?:watch|watching|careful|carefully|choose|choosing|weigh|weighing) (?:what|every word|each word|how) (?:i say|i do|i wear|i said)\b(?: \w+){0,2}? (?:around|near|with|in front of) (?:him|he)\b",
            r"\bsomething (?:terrible|bad|awful|horrible|dreadful) (?:is going to|will|might|is about to) happen to me\b",
            r"\b(?:look|looks|stare|glare|eyes|voice)\b(?: \w+){0,4}? (?:turns|turned|makes|made) my (?:blood|skin|stomach|insides) (?:run |go |turn )?(?:cold|crawl|ice|drop|churn)\b",
            r"\b(?:he|his)\b (?:just )?(?:looks|looked|stares|stared|glares|glared|gives me (?:a|that|this) look|gets (?:a|that|this) look)\b(?: \w+){0,6}? (?:and|then) (?:i|my body|my whole body) (?:freeze|froze|go cold|went cold|shake|shook|panic|tense|start shaking|go still|stop breathing|know i am in for it)\b",
            r"\bnever know (?:which|what) (?:\w+ )?(?:version|one|him|he|husband|wife|partner|person|mood)\b(?: \w+){0,4}? (?:is )?(?:coming|come|walk\w*|going to walk) (?:home|in|through the door|back)\b|\b(?:never|do not) know (?:how|what) (?:he is going to be|he will be|mood he will be in|mood he is (?:going to be )?in|state he will be in)\b",
            r"\b(?:fake|faking|pretend\w*) (?:to be )?(?:sleep|asleep|sleeping)\b(?: \w+){0,3}? (?:when|until|till|whenever) (?:he|him)\b",
            r"\b(?:can not|do not|never) (?:really )?(?:relax|settle|breathe|rest)\b(?: \w+){0,4}? (?:until|till) (?:he is|he has|he goes|he falls) (?:asleep|gone|out|passed out|in bed|to bed|fallen asleep)\b",
            r"\b(?:stomach|heart|chest|gut|insides)\b (?:goes|drops|sinks|flips|lurches|turns|clenches|knots|churns|races|pounds)\b(?: \w+){0,4}? (?:his|he|the) (?:key|keys|car|van|truck|footsteps|voice)\b",
            # "what he'll do" typed "what hell do"; afraid to sleep beside him; feart, fraid; in fear of him; his car, his key, my body
            r"\bwhat hell (?:do|does|did)\b|\b(?:feart|fraid|scart|skeered) (?:of |o )?(?:him|he)\b|\b(?:in|very|so|much|great) fear of (?:him|he|his)\b|\bin fear (?:of|for) my life\b",
            r"\b(?:scared|afraid|frightened|terrified|fear|feart) (?:to|of) (?:fall\w* asleep|go\w* to sleep|sleep\w*|be (?:in the same (?:room|house|bed)|alone|home))\b(?: \w+){0,6}? (?:him|he|his)\b",
            r"\b(?:something about|the way) (?:him|he)\b(?: \w+){0,3}? (?:scares|frightens|terrifies|unnerves) me\b|\blie awake (?:\w+ )?(?:terrified|scared|frightened|afraid|petrified)\b",
            r"\block (?:myself|me|the (?:\w+ )?door|us)\b(?: \w+){0,4}? (?:when|whenever|if|until|till) (?:he|hes) (?:drinks|is drinking|has been drinking|gets|comes|is home|starts)\b|\bwhen (?:he|hes) (?:drinks|is drinking|has been drinking)\b(?: \w+){0,3}? i lock (?:myself|me|the)\b",
            r"\bhid(?:e|ing)? in the (?:bathroom|bedroom|wardrobe|closet|cupboard|shed|garage|loo|toilet)\b(?:$| (?:until|till) (?:he|it)\b| when (?:he|hes)\b| from (?:him|he)\b| because (?:he|of him)\b| while (?:he|hes)\b)",
            r"\b(?:his|he) (?:\w+ )?(?:car|truck|van|ute|key|keys|voice|footsteps|bike|motorbike|name|phone call|call)\b(?: \w+){0,8}? (?:stomach (?:drops|turns|sinks|knots|churns)|(?:whole )?body (?:goes|freezes|tenses|shakes)|i (?:shake|freeze|panic|tense|go quiet|feel sick|start shaking|get the shakes))\b",
            r"\b(?:stomach (?:drops|turns|sinks|knots|churns)|heart (?:races|pounds|sinks|stops|starts racing|starts pounding)|(?:whole )?body (?:goes cold|freezes|tenses|goes stiff)|i (?:shake|freeze|panic|tense up|go quiet|start shaking|get the shakes)|feel sick)\b(?: \w+){0,5}? (?:his|he) (?:\w+ )?(?:car|truck|van|ute|key|keys|voice|footsteps|bike|motorbike)\b",
            r"\bsleep (?:in|with) my (?:shoes|clothes|coat|trainers|boots)(?: on)?\b(?! (?:because (?:it is|of the) (?:cold|freezing)|when (?:camping|it is cold)|on the (?:plane|train|flight))\b)|\b(?:chair|wardrobe|dresser|table) (?:against|under|wedged (?:against|under)) the (?:\w+ )?(?:door|door handle)\b|\bin case i (?:need|have) to (?:run|leave fast|leave quickly|get out fast|bolt|flee|leave in a hurry)\b",
            r"\bon (?:eggshells|edge|guard|tenterhooks)\b(?: \w+){0,3}? (?:around|near|with|when) (?:him|he|his)\b|\b(?:anything|everything|every little thing|the smallest thing|little things)\b(?: \w+){0,2}? (?:set|sets) (?:him|he) off\b|\bplan (?:my|our) (?:whole |entire )?(?:day|days|life|week|evenings?)\b (?:around|round) (?:his|her) (?:mood|moods|temper)\b",
            r"\bkeep the (?:kids|children|baby) quiet (?:so )?(?:he|hes) (?:does not|will not) (?:go off|kick off|explode|lose it|get angry|blow up|snap)\b|\b(?:can not|never) relax\b(?: \w+){0,3}? when (?:he is|hes|he gets) (?:in the house|home|in|around|back|drinking)\b",
            r"\b(?:he is|hes) (?:home|back|coming) (?:soon|now|any minute|in \w+ minutes)\b(?: \w+){0,3}? (?:i am|im) (?:shaking|trembling|terrified|scared|panicking)\b|\bcan not stop (?:shaking|trembling)\b(?: \w+){0,3}? (?:since|after) (?:last night|the fight|the row|what he|he)\b|\b(?:if|when|in case) (?:it|he|things) (?:kicks|kick) off again\b",
        ),
    },
    "fleeing": {
        "clear": (
            r"\b(?:ran|run|running|fled|flee|escaped|got away|had to get away|dip|dipped) (?:away )?from (?:him|he|his (?:place|house|flat))\b(?! (?:in|at) (?:tag|the game|hide and seek)\b)",
            r"\bhad to (?:dip|leave|get out|run|bolt)\b(?: \w+){0,5}? (?:at (?:\d+ ?am|midnight|\w+ in the morning)|no shoes|barefoot|in my (?:pyjamas|pajamas|socks))\b",
            r"\b(?:in the car|at the (?:station|motel))\b(?: \w+){0,3}? with the (?:kids|children|baby)\b(?: \w+){0,4}? (?:leaving|left|going|driving)\b(?! (?:for|to)\b)(?: \w+){0,2}? (?:tonight|now|for good)\b(?! (?:for (?!good)|to)\b)",
            r"\bno idea where (?:(?:we|i) (?:are |am |were |was )?|were )(?:driving|going|heading|staying|sleeping)\b",
            r"\b(?:leav\w*|go|going|move|moving|gone)\b(?: \w+){0,3}? (?:and )?(?:not|never|without) tell(?:ing)? (?:him|he) where\b",
            r"\b(?:finally |just )?(?:run|running|flee|fleeing) with (?:the|my|our) (?:kids|children|baby)\b(?! (?:to (?:school|the (?:park|shops|car|bus|beach|nursery))|in the (?:park|morning)|around|round|every|along|for)\b)",
            r"\b(?:he|him) (?:\w+ ){0,4}?(?:must not|must never|can not|can never|should not|is not to) (?:know|find out)\b(?: \w+){0,2}? (?:that )?i (?:intend|plan|am planning|want|am going|will|am) (?:to )?(?:depart|leave|go|get out|move out|escape)\b",
        ),
        "possible": (
            r"\b(?:staying|stay|sleeping|kipping|crashing) (?:at|with|on) (?:my |a )?(?:\w+ )?(?:moms|mums|sisters|mates|friends|parents|brothers|nans|aunties|cousins|couch|sofa)\b(?: \w+){0,6}? (?:until|til|till) (?:things|it|he) (?:calm|calms|settle|settles|blow|blows|cool|cools)\b",
            r"\b(?:sleeping|staying|kipping|crashing|living) (?:on|at|in|with) (?:a |my )?(?:friends|mates|moms|mums|sisters|parents|brothers|cousins|nans|neighbors)\b(?: \w+){0,2}? (?:couch|sofa|floor|place|house)?(?: \w+){0,3}? since (?:the|our|that) (?:row|fight|argument|incident|night|attack)\b",
            r"^(?:i am )?packing (?:my|our|the kids) (?:bags|bag|things|stuff)(?: tonight| now| right now)$",
            r"\b(?:he does not|he did not|he will not|he must not) (?:know|find out|realise|realize) (?:that )?(?:i (?:have )?(?:left|gone|moved out|am leaving|am going)|we (?:have )?(?:left|gone))\b(?! (?:the|it|my|a|his|her|him|some|early|work)\b)",
            r"\b(?:i|we) (?:am|are) (?:getting|going to get) out(?: of here| now| tonight| for good)?$",
            r"\b(?:the day|the night|the moment)\b (?:i|we) (?:have|need|got) to (?:get out|leave|go)\b(?! (?:of bed|for|to work)\b)",
            r"\b(?:need|have|got) to get out of (?:there|that house|that place|this house|the house)\b(?! (?:before the|by|for)\b)(?: \w+){0,4}? (?:do not know how|no idea how|before he|tonight|now)\b",
            r"(?<!animal )(?<!dog )(?<!cat )(?<!homeless )\b(?:refuge|womens refuge|domestic violence shelter|dv shelter|safe house)\b (?:website|websites|site|sites|page|pages)\b",
            r"\b(?:not at home|out of the house|away from home|at (?:a|my) (?:friends|mums|moms|sisters))\b(?: \w+){0,6}? (?:rather not|do not want to|scared to|afraid to|can not) go (?:back|home)\b",
            # nights in the car, home not safe to go back to, left with the children, a place he does not know, a bag ready
            r"(?:\b(?:i|we)(?: \w+){0,2}? |^)(?:sleeping|slept|sleep|living) in (?:my|the|our) car\b(?!(?: \w+){0,3}? (?:at|on the way to|outside) (?:the |a )?(?:festival|airport|campsite|gig|concert|race|races|match|ferry)\b)(?! (?:at|on the way to|at the) (?:festival|airport|campsite)\b| when (?:we|i) (?:go|went) camping| on (?:the|our) road trip)",
            r"\b(?:daren ?t|darent|dare not|too scared to|scared to|afraid to|frightened to) go (?:back )?home\b|\b(?:do not want to|can not) go (?:back )?home tonight\b|\b(?:do not|not) have to go home\b(?! (?:yet|early)\b)",
            r"\bi am (?:at|in) (?:the|a) (?:petrol station|gas station|supermarket|car park|parking lot|station|library|park|church)\b(?: \w+){0,6}? (?:do not want to|dare not|darent|can not) go (?:back )?home\b",
            r"\b(?:i|we) (?:left|got out|fled|ran|walked out) with (?:the|my|our|only the) (?:kids|children|baby|son|daughter|girls|boys|passport)\b(?!(?: \w+){0,3} (?:for|to) (?:school|nursery|the (?:park|beach|shops|zoo|pool|party|cinema))\b)",
            r"\bhe does not know (?:i am|we are|were|im) (?:here|there)\b|\b(?:hotel|room|place|flat|house|bnb|motel)\b (?:that )?he does not know about\b|\bunder (?:my maiden name|a (?:false|different|fake) name)\b",
            r"\b(?:need|needs|want|find) (?:somewhere|someplace|a place|anywhere) (?:to go|to stay|to sleep)\b(?: \w+){0,4}? (?:tonight|now|with the kids|i can not stay|away from him)\b|^(?:i )?need somewhere to (?:go|stay|sleep)$|\bis there (?:anywhere|somewhere) i can go tonight\b",
            r"\b(?:scared|afraid|worried|frightened|terrified)\b (?:that )?(?:hell|he will|he is going to|he might|he would) (?:follow|find|track|come after) (?:me|us)\b|\bbut he will follow me\b",
            r"\bplanning my escape\b|\bplan is to (?:leave|go|get out|run)\b(?: \w+){0,2}? when (?:he|hes)\b|\brefuge (?:place|space|bed|room|spot)\b",
            r"\bhow (?:do|can|should|could) i (?:leave|get out|go|escape)\b(?: \w+){0,2}? (?:without (?:him|he) (?:knowing|noticing|finding out)|secretly|in secret|safely)\b|\bwhat (?:do|should) i (?:take|pack|bring) if i (?:have|need) to (?:leave|go|run) (?:in a hurry|fast|quickly|suddenly)\b",
            r"\bpacking\b(?: \w+){0,3}? while (?:he is|hes) (?:asleep|sleeping|out|at work|away)\b|\bleft (?:him|he) for good\b|\bturned (?:my|the) (?:phone|location) off\b(?: \w+){0,3}? (?:he|him) (?:can not|could not|will not|does not) (?:find|see|track|trace)\b|\bturned off my location\b",
            r"\bi have escaped\b(?! (?:the|from (?:the|work)|to the|for)\b)|\b(?:we|i) (?:got away|escaped)\b (?:last night|tonight|this morning|yesterday|at last)\b(?! (?:to|for)\b)",
            r"\bbag\b(?: \w+){0,6}? (?:ready for when i (?:go|leave|run)|by the door (?:just )?in case|hidden (?:in|at) (?:the|my|work))\b|\b(?:bag|bags|suitcase)\b (?:hidden|stashed) (?:in|at|under|behind)\b|\b(?:money|pounds|cash|quid|dollars|euros|rand|savings)\b(?: \w+){0,8}? i can (?:get away|go|leave|get out|escape|run)$",
        ),
    },
    "asks_help": {
        "clear": (
            r"\b(?:need|want|have) to (?:talk|speak) to (?:a |an |some )?(?:real |actual )?(?:person|human|professional|counselor|advisor|expert)\b(?: \w+){0,3}? about (?:abuse|domestic|violence|what he|him)\b",
            r"\b(?:need|want|get|send|call)\b(?: \w+){0,2}? (?:the )?(?:sheriff|sheriffs|deputies|deputy|feds|the law) (?:out )?(?:here|over|now|round|right now)\b",
            r"\b(?:put|get|be put) (?:me )?in touch with\b(?: \w+){0,6}? (?:abuse|victims|domestic|refuge|shelter|helpline|hotline|police|violence|crisis)\b",
            r"\b(?:service|services|support|group|charity|organisation|organization|someone|people)\b (?:for|that helps?|who helps?) (?:\w+ )?(?:victims|survivors|women|men|people) (?:of|who|affected by) (?:\w+ )?(?:abuse|domestic|violence|rape|assault)",
            r"^(?:please )?help(?: me)? (?:i|we) (?:can not|could not) get out$|\bhelp\b(?: me)? (?:i am|we are) (?:trapped|stuck|locked in)\b(?! (?:in (?:traffic|a (?:meeting|queue|loop))|on (?:this|the|a) (?:level|question|crossword|puzzle)))",
        ),
        "possible": (
            r"\b(?:need|want|get) (?:some )?(?:advice|help|support)\b(?! (?:on|about|with|for) (?:a |the |his |her )?(?:present|gift|surprise|party|birthday|proposal|ring))(?: \w+){0,3}? (?:and |but )?(?:i )?(?:can not|could not|must not|do not want to) (?:tell|let) (?:him|he)\b",
            r"\b(?:need|needs|want|get|getting|find|finding) help\b(?! (?:with|for|on|choosing|picking|planning|sorting|cleaning)\b)(?: \w+){0,3}? (?:do not|did not|no idea|not sure) (?:know )?(?:where|how) (?:to start|to begin|to go|to turn|to look)$",
            r"\b(?:he is|he has been) (?:yelling|shouting|screaming|raging|banging|going mad)\b(?: \w+){0,3}? (?:i can not get out|i am (?:stuck|trapped|locked in))\b",
            # who to turn to, someone to help me leave, someone to come and get me, whether what he does is normal
            r"\b(?:do not know|no idea|not sure|tell me|where|who) (?:who|where) (?:to |i can |i should |i am meant to |people |do people |do you |can i )?(?:turn|talk|tell|speak|go|phone|call|ring)(?: to)?\b(?:(?: \w+){0,4}? (?:about (?:him|he|his|what he|this kind of thing|what is happening|whats happening|things at home)\b|when (?:things|it) at home|if (?:you are|i am|someone is) (?:scared|afraid))|$| anymore$)",
            r"\b(?:someone|somebody|help) (?:to )?(?:help )?(?:me )?(?:to )?(?:leave|get away|getting away|get out|getting out)\b(?: \w+){0,2}? (?:from (?:him|he)|this house|safely)\b|\b(?:someone|somebody) to help me leave\b|\bneed (?:some )?help for (?:me and )?(?:my|the) (?:kids|children|daughter|son|mom|sister|friend)\b(?! with\b)|\bi (?:might|may) need (?:some )?help$",
            r"\b(?:someone|somebody|anyone|you) (?:please )?come (?:and )?get me\b(?! (?:from|at|after) (?:the|work|school|\d)\b)|\b(?:text|tell|message|ring|call)\w* (?:my \w+|him|her|someone) (?:that )?i need help\b",
            r"\bis (?:what he is doing|what he does|what he did|the way he treats me|how he treats me)\b(?: to me)? (?:normal|okay|ok|acceptable|right|allowed)\b|\b(?:advice|help|support) (?:about|for|on) (?:a |my )?(?:controlling|abusive|violent|bad|toxic|scary) (?:partner|relationship|husband|wife|marriage|boyfriend|girlfriend|he)\b|\bmy relationship being (?:bad|abusive|violent|scary|unsafe)\b",
            r"\blawyer\b(?: \w+){0,2}? (?:for|about) (?:abuse|domestic|violence|protection)\b|\bsafe (?:number|line|person) to (?:call|ring|text|talk to)\b|\bplan to keep (?:myself|me|us|the kids|my kids) safe\b|\bcan i (?:still )?get help if\b|\b(?:talk|speak)\w* to (?:someone|somebody|anyone|a person) about (?:he|him|his)\b",
            r"\bwhere (?:a |an )?(?:\w+ ){0,2}?(?:can|could|should|do|does) (?:go|get help|turn|stay)\b(?: \w+){0,8}? (?:abus\w*|hit\w*|hurt\w*|beat\w*|violen\w*|unsafe|scared|afraid|danger)|\b(?:partner|husband|boyfriend|wife|girlfriend|he) (?:is|has been|keeps|was) (?:hurting|hitting|abusing|beating) (?:her|him)\b",
            r"\bwhat (?:do|should|can) i do (?:if|when) (?:he|hes) (?:comes back|turns up|shows up)\b(?: tonight| again| now)?$|^police (?:please|now|quick)\b|\b(?:i should|we should|to) report (?:him|he)\b(?! for (?:tax|benefit|parking|speeding))",
        ),
    },
}
# -- families written in wave 11 by helper sb (hand r, weighted to stalking, sexual coercion and control; with
# the tuning rows no rule nor the leave-one-hand-out backstop heard), by meaning, not by sentence ------------------
_PHOTOS = r"(?:pictures|photos|pics|videos|video|tape|recordings?|nudes|images|footage|clips?)"
_MEDS = (
    r"(?:meds|medication|medications|medicine|medic asian|tablets|pills|insulin|inhaler|antidepressants|prescription"
    r"|birth control(?: pills)?|contraception|contraceptive|the pill|injections?|patches)"
)
_NUMBER = r"(?:\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|dozens|loads of)"
_FROM_R_SB: dict[str, dict[str, tuple[str, ...]]] = {
    "stalking": {
        "possible": (
            # made to keep a location app on; the location, the steps, the mileage read, then asked about
            r"\b(?:made|makes|forced|forces|making|has|had) me (?:put|install|download|turn on|keep|have|use|get|switch on|add)\b(?: \w+){0,3}? (?:location|tracking|find my|life ?360|gps|location sharing|tracker)\b",
            r"\b(?:if|when|whenever|every time) i (?:turn|switch|turned|switched|take|took) (?:it|my location|location|the location|sharing|location sharing|the app|find my|my phone|my gps) off\b(?: \w+){0,2}? (?:he|she) (?:goes|gets|kicks|freaks|flips|loses|went|got|kicked|freaked|flipped|lost)\b",
            r"\b(?:location|location sharing|find my|life ?360|timeline|fitness (?:watch|tracker|app)|my steps|strava|mileage|odometer|insurance app|black box|tracking app|miles)\b(?: \w+){0,8}? (?:asks?|asked|asking|rings?|rang|calls?|called|texts?|texted|wants to know|demands?|questions?|quizz\w*|interrogat\w*|grills?) (?:me )?(?:why|where|who|what|if i|when i|whenever i|every time i)\b",
            r"\b(?:he|she) (?:\w+ ){0,2}?(?:tracks?|tracked|tracking|follows?|watches|checks?|monitors?) my (?:car|van|phone|location|driving|bike|steps|runs|walks)\b (?:through|on|via|with|using) (?:the|an|his|her|my|some|a)\b"
            rf"{I_ASKED}",
            # into my accounts: a password changed or known, a login used at will, the recovery number his
            r"\b(?:has|knows|changed|changes|took|got|reset|set|has got|is got) (?:my|all my|the) (?!(?:netflix|disney|spotify|prime|amazon|wifi|sky|hulu|hbo|youtube|xbox|playstation|steam|tv|streaming)\b)(?:\w+ ){0,2}?(?:password|passcode|passwords|passcodes|login|logins|recovery (?:number|email|phone))\b(?: \w+){0,8}? (?:(?:so )?(?:he|she) can (?:see|read|check|get|look|log|track|go|access|find|watch|know)\b|and (?:checks?|reads?|logs?|looks?|goes?|sees?|can see|deletes?|changes?)|whenever (?:he|she) (?:wants|likes)|i can not|to (?:his|hers|her)\b)",
            r"\b(?:hack\w*|got|gets|broke|breaks|logged|logs|logging|gone|went|getting) into my (?:\w+ )?(?:emails?|email account|accounts?|icloud|google|gmail|facebook|instagram|insta|whatsapp|snapchat|messages|laptop|computer|cloud|photos)\b",
            r"\b(?:checks?|checked|checking|reads?|goes through|went through|looks? (?:at|through)|scrolls? through|scrolled through) my (?:browser|browsing|internet|search|web|youtube|google|call|phone) (?:history|log|logs)\b",
            # the count of calls and texts, new numbers after a block, silent calls, new numbers found at once
            rf"\b(?:calls?|rings?|rang|called|phones?|phoned|texts?|texted|messages?|messaged)\b(?: me| my phone)? {_NUMBER} times\b(?: \w+){{0,4}}? (?:if|when|whenever|until|till|every time) i (?:do not|did not|can not|could not|am not|was not|miss|ignore|turn)\b",
            r"\b(?:a|one|two|three|four|five|\d+)? ?hundred (?:\w+ )?(?:texts|messages|calls|missed calls|voicemails)\b(?! (?:in|on|from) (?:the|our|my|a) (?:group|family|work|class|team|school|parents))",
            r"\bblock\w* (?:him|her|his number|her number|them)\b(?: \w+){0,8}? (?:new|different|unknown|other|another|private|withheld|fake|burner) (?:numbers?|accounts?|profiles?|phones?|emails?)\b",
            r"\b(?:calls?|texts?|messages?)\b(?: \w+){0,4}? (?:no number|withheld|private number|unknown number|no caller id|hidden number)\b(?: \w+){0,6}? (?:i know it is (?:him|her)|it is (?:him|her)|breathing|silence|hangs? up|hung up)\b",
            r"\b(?:changed|change|new) (?:my )?(?:number|phone|email|address)\b(?: \w+){0,4}? (?:he|she) (?:still )?(?:had|has|got|knew|knows) it\b",
            r"\b(?:somehow|still|already)\b (?:he|she) (?:found|finds|got|had|knew|knows|tracked down|worked out) (?:my|our) (?:new )?(?:address|number|flat|place|house)\b|\bmoved\b(?: \w+){0,4}? (?:he|she) (?:found|tracked down|got|had) (?:my|our|the) new (?:address|place|flat|house)\b",
            r"\b(?:he|she) (?:\w+ ){0,2}?(?:got|gets|found out|found|had) (?:my|our) new (?:address|number|flat|place)\b(?: \w+){0,3}? (?:off|from|through|via|somehow|within|by the next|the next|already)\b",
            # turning up where I am when he could not have known, at my mum's, where I shop; his people watching
            r"\b(?:turned|showed|turns|shows|came|comes) (?:up|round)\b(?: \w+){0,8}? (?:i (?:never|did not|had not|have not) told (?:him|her) where|(?:he|she) (?:should not|could not|can not) (?:have )?know)\b",
            r"\b(?:pop\w*|turn\w*|show\w*) up (?:at |in )?(?:places|wherever|everywhere|where) i (?:go|am|work|shop|eat|drink|run|walk)\b",
            r"\b(?:he|she) is (?:suddenly )?there (?:again|every time|whenever|wherever)\b|\bi (?:come|came|walk|walked|get|got|step|stepped) out (?:of )?(?:\w+ ){1,3}?(?:and )?(?:he|she) (?:is|was) (?:\w+ )?(?:there|outside|waiting|standing)\b(?: \w+){0,3}? (?:again|by my car|for me|every time)\b",
            r"\b(?:his|her) (?:mates|friends|family|brothers?|sisters?|cousins?|mom|dad|people|boys|lads)\b(?: \w+){0,2}? (?:are|is|keep|keeps|have been|were|has been) (?:watching|following|spying on|keeping an eye on|tailing|reporting on|reporting back on) me\b",
            r"\b(?:someone|somebody|one) (?:of|from) (?:his|her) (?:mates|friends|family|people)\b(?: \w+){0,3}? (?:is |was )?(?:again |everywhere )?(?:parked|outside|watching|following|sitting|waiting|turns up|shows up)\b",
            r"\b(?:he|she) (?:\w+ ){0,2}?(?:drives?|drove|driving) (?:\w+ )?(?:past|by) (?:the|my|our|her)\b(?: \w+){0,4}? (?:when|while|whenever|every time|as) i\b",
            r"\b(?:his|her) (?:car|cars|van|vans|truck|trucks|ute|motorbike)(?: is| was| has been)? (?:parked|sitting|idling|waiting) (?:down|up|across|at the end of|opposite|on) (?:the|my|our) (?:road|street|close|block|corner)\b",
            r"\b(?:again|every (?:day|night)|lately|keeps?) (?:parked|parking|sitting|waiting) (?:on|in|outside|at the end of|down|across from) (?:my|our) (?:road|street|close|drive|block)\b|\bparked (?:on|in|down|outside) my (?:road|street|close)\b(?: \w+){0,2}? (?:again|lately|every|all the time)\b",
            r"^(?:he|she)(?: he| she)? (?:was|is) (?:waiting|sitting|parked|standing) (?:in|at|outside) (?:the|my) (?:car park|parking lot|lobby|entrance|gates?)$",
            r"\b(?:feels?|felt|feeling|sense|know|convinced|paranoid)\b(?: that)? (?:he|she) (?:is|was|has been|keeps) (?:watching|following|tracking|listening to|spying on) (?:me|us|my)\b",
            r"\bwhere i (?:volunteer|work|study|swim|train|worship|shop|go to church)\b(?: \w+){0,3}? (?:he|she) (?:waits|waited|is waiting|hangs around|sits|parks|stands|turns up|shows up|appears)\b",
            rf"{APART}\b(?: \w+){{0,4}}? (?:he|she) (?:waits|waited|is waiting|hangs around|sits|sat|parks|parked|stands|stood|turns up|turned up|shows up|showed up|appears|keeps turning up|keeps showing up)\b",
            # a picture of where I am, sent to say he knows; listening at the door; my texts printed; a key to my place
            r"\b(?:photos?|pictures?|pics?|videos?|snaps?) of (?:my|her|his|our|the) (?:own )?(?:\w+ )?(?:front door|door|house|flat|car|window|windows|street|building|place)\b(?: \w+){0,2}? (?:from (?:the street|outside|across|the road|the end of)|when i|while i)\b",
            r"\bwhen i (?:am|was) (?:at|in|out)\b(?: \w+){0,6}? (?:he|she) (?:sends?|sent|texts?|texted|messages?|messaged) me (?:a )?(?:photo|picture|pic|video|snap)s? of (?:it|her|his|the|my|where|their)\b(?: \w+)? (?:house|place|flat|door|car|street|building|front)\b",
            r"\b(?:listens?|listened|listening|eavesdrop\w*) (?:in )?(?:at|outside|behind|through|by) (?:the|my) (?:\w+ )?(?:door|wall|window)\b(?: \w+){0,4}? (?:when|while|whenever|every time|if) i(?: am| was| get| go)? (?:on the phone|on a call|talking|call|ring|phone|speak)\b",
            r"\b(?:he|she) (?:\w+ ){0,2}?(?:printed|prints|screenshotted|screenshots|saved|saves|copied|copies|forwarded|forwards|keeps|kept)(?: out)? (?:all )?(?:of )?my (?:texts|messages|emails|chats|dms|whatsapps|call logs?)\b",
            r"\b(?:spare )?keys? (?:to|for) my (?:new )?(?:place|flat|house|home|car|apartment)\b(?: \w+){0,6}? (?:somehow|things (?:are|have been|were) moved|moved things|i never gave|i did not give|been in|lets himself in|let himself in)\b",
            r"\bleav\w* (?:stuff|things|presents|gifts|notes|letters|flowers|cards|bits)\b(?: \w+){0,3}? (?:on|at|under|through|by|outside) (?:my|the) (?:doorstep|door|front door|letterbox|mailbox|windscreen|windshield|car|step|porch)\b(?: \w+){0,8}? (?:after|since|though|although|when) i (?:said|told|asked|blocked|moved|left|begged)\b",
            # he knows what I wrote to someone else, word for word; a spy thing on my phone; the doorbell camera on his phone
            r"\bkn(?:ows?|ew) (?:exactly )?(?:what|everything) i (?:said|say|wrote|write|texted|text|told|typed|messaged)\b(?: \w+){0,6}? (?:word for word|on whatsapp|on (?:my )?(?:phone|messenger|instagram|snapchat|facebook|signal)|in (?:my|a) (?:texts?|messages?|chats?|dms?|emails?))\b",
            r"\bspy (?:thing|things|setting|feature|app)\b",
            r"\b(?:doorbell|ring|camera|cameras|cctv|nest)\b(?: \w+){0,4}? (?:on|to) (?:his|her) (?:phone|app|laptop|ipad|tablet)\b(?: \w+){0,4}? (?:sees?|watch\w*|knows?|checks?)\b(?: \w+){0,2}? (?:everyone who|everybody who|who comes|who visits|who i|when i (?:come|go|leave|get))",
            r"\b(?:camera|cameras|mic|microphone|recorder|bug)\b (?:\w+ ){0,2}?(?:in|inside|behind|hidden in|built into) (?:the|a|my|our) (?:smoke (?:alarm|detector)|clock|charger|plug|vent|light fitting|lamp|teddy|picture frame|air freshener|plant pot|socket|fire alarm|router)\b",
            # his questions put to my people and my workplace: my shifts, updates on me, emails to my boss
            r"\b(?:calls?|rings?|rang|called|phones?|phoned) my (?:work|job|office|boss|manager)\b(?: \w+){0,6}? (?:pretending|to (?:get|find out|check) (?:my )?(?:shifts|rota|hours|schedule|where|when|if))\b",
            r"\b(?:asks?|asked|asking|gets?|pumps?|quizz\w*|grill\w*) (?:my|our|her) (?:\w+ )?(?:sister|brother|mom|dad|friends?|mates?|cousins?|kids|son|daughter|colleagues?|neighbors?|family)\b(?: \w+){0,3}? (?:for )?(?:updates|news|information|info|reports?|details) (?:on|about) me\b",
            r"\b(?:he|she) (?:\w+ ){0,2}?(?:keeps|keep|kept|still|has been|is|was|will not stop)(?: on)? (?:emailing|ringing|calling|messaging|contacting|texting|writing to|phoning) my (?:boss|work|manager|employer|colleagues|coworkers|workplace|hr|landlord|new (?:boyfriend|girlfriend|partner))\b(?: \w+){0,2}? (?:about me|to (?:check|ask|find out|say|tell)|pretending)\b",
        ),
    },
    "sexual": {
        "clear": (
            # his threat to share pictures or videos if I leave or refuse; my face put on porn
            rf"\b(?:if|unless|or) i\b(?: \w+){{0,4}}? (?:he|she) (?:will|would|is going to|is gonna) (?:send|show|post|share|leak|forward|email|upload|put)\b(?: \w+){{0,4}}? {_PHOTOS}\b",
            r"\b(?:my face|me|pictures of me|photos of me) (?:on|onto|into) (?:a )?(?:porn|porno|naked|nude|explicit|sex)\b|\bdeep ?fakes?\b",
        ),
        "possible": (
            rf"\b(?:says?|said|threaten\w*|swears?|swore) (?:that )?(?:he|she) (?:will|would|is going to) (?:send|show|post|share|leak|forward|email|upload)\b(?: \w+){{0,4}}? (?:the|my|those|these|our|his|her) (?:\w+ )?{_PHOTOS}\b(?! (?:from|of) (?:the|our|my|his|her) (?:holiday|holidays|wedding|party|trip|beach|kids|baby|dog|day out|christening|birthday|graduation|match|game|concert|garden|house)\b)",
            rf"\b(?:has|have|got|kept|keeps|took|takes|filmed|recorded)\b (?:the |some |those |these )?(?:\w+ )?{_PHOTOS} (?:of (?:me|us)|on (?:his|her) (?:phone|laptop))\b(?: \w+){{0,16}}? (?:remind\w*|threat\w*|holds? (?:it|them) over|(?:when|every time|whenever) i (?:argue|talk about leaving|say no|disagree|answer back|stand up|mention leaving)|if i (?:leave|go|say no|tell))",
            # (wave 13) intimate pictures held, then a threat to pass them on unless she does as told, said with a
            # pronoun ("them" reads "him" once normalised); or her nudes held, or videos of her he will not delete
            rf"\b(?:he|she|they)\b(?: \w+){{0,3}}? (?:has|have|got|is got|has got|keeps|kept|took|takes|screenshots?) (?:\w+ ){{0,3}}?(?:{_PHOTOS}|screenshots|snaps)\b(?: \w+){{0,12}}? (?:send|sends|sending|show|shows|showing|post|posts|posting|share|shares|sharing|leak|put) (?:them|him|it|those|the \w+)\b(?: \w+){{0,5}}? (?:if|unless|or else)\b(?! (?:i|you|we) (?:want|wanted|like|liked|ask|asked|need|needed)\b)",
            rf"\b(?:got|has|have|has got|is got|kept|keeps) my nudes\b|\bwill not delete (?:the|my|those|our) (?:\w+ )?{_PHOTOS} of me\b",
            r"\b(?:film\w*|record\w*|videoed|videoing|photograph\w*) (?:us|me)\b(?! (?!having\b)\w+ing\b| (?:at|on|for|during) )(?: \w+){0,6}? (?:i never (?:said|agreed|knew|consented)|i did not (?:know|agree|consent|say)|without (?:me knowing|my (?:knowledge|consent|permission)|asking|telling me)|i (?:only )?found out)\b",
            r"\b(?:unless|if i do not|if i will not|or else|makes? me|made me|forces? me|forced me) (?:i )?(?:let (?:him|her) )?(?:film|record|video|tape|photograph)\w* (?:it|us|me|when we|while we|us having|during)\b",
            # woken for it; it started while I slept; I pretend to sleep; "he says I didn't say no"
            r"\bwak\w* me(?: up)?\b(?: \w+){0,6}? (?:for|wanting|to have|demanding|expecting|asking for) (?:sex|a shag|intimacy|it)\b(?! (?:is|was) (?:time|morning))",
            r"\b(?:wake|wakes|woke|waking|woken|asleep|sleeping)\b(?: up)?(?: \w+){0,3}? (?:(?:he|she) (?:is|was|had|has) (?:already )?|(?:with|to) (?:him|her) )(?:doing it|doing (?:stuff|things) to me|touching me|on me|on top|inside|having sex|undressing me|feeling me|groping|fondling|rubbing against)\b",
            r"\b(?:did|does|do|doing) (?:things|stuff|it) to me (?:while|wile|when|whilst) i (?:was|am|were) (?:a ?sleep|asleep|sleeping|out of it|passed out|drunk|unconscious)\b",
            r"\b(?:touch\w*|grop\w*|paw\w*|feel\w*|rub\w*|grab\w*) (?:me|at me)\b(?: \w+){0,5}? i (?:pretend|act|lie still|freeze|froze|go still|play dead)\b",
            r"\b(?:says?|said|claims?|reckons?)\b (?:that )?i (?:did not|never) (?:say|said) no\b",
            # her body not ready (after a birth, stitches, a miscarriage, ill): he would not wait, wanted it anyway
            r"\b(?:baby|birth|c section|caesarean|cesarean|section|stitches|miscarriage|abortion|operation|surgery|labour|labor|delivery|sick|ill|flu|bleeding|period|poorly|fever|in pain)\b(?: \w+){0,8}? (?:he|she) (?:still )?(?:wanted it|wants it|wanted sex|wants sex|expects it|expected it|expects sex|expected sex|pushing for (?:sex|it)|pushed for (?:sex|it)|pushes for (?:sex|it)|climbs? in|climbed in|demanded (?:it|sex)|demands (?:it|sex)|would not wait|will not wait|did not wait|would not leave me alone|will not leave me alone|would not take no)\b(?! (?:done|fixed|cleaned|sorted|finished|ready|back|to be)\b)",
            r"\bpush\w* (?:me )?(?:for|about|into) sex\b(?! ed\w*)",
            r"\b(?:tell|told|say|said) (?:him|her) (?:it|that it) (?:hurts|hurt|is hurting|was hurting|is painful|was painful|is sore|was sore)\b(?: \w+){0,4}? (?:he|she) (?:says|said|tells me|told me) (?:to )?(?:relax|calm down|i will get used|stop (?:moaning|complaining|fussing|being)|it is fine|it will stop|it is normal|man up)\b",
            # consequences for a no: another woman, called a cheat or broken; giving in so he is not angry
            r"\bif i (?:do not|will not|would not|refuse to|did not) (?:give (?:it )?(?:to )?(?:him|her)(?: it)?|give it|sleep with (?:him|her)|have sex|put out|do it)\b(?: \w+){0,4}? (?:he|she) (?:will|would|is going to) (?:find|get|go|look)\b(?: \w+)? (?:someone|somebody|it|a woman|a girl|another|elsewhere)\b",
            r"\bif i (?:refuse|say no|said no|do not want (?:it|to|sex))\b(?: \w+){0,3}? (?:he|she) (?:says|said|tells me|told me|calls me|thinks|accuses me|reckons)\b(?: that)? (?:i am|i must be|i was|i have been|of) (?:cheating|sleeping with someone|seeing someone|frigid|broken|useless|a bad wife|not a real|not normal)",
            r"\b(?:says|tells me|calls me|said|told me|called me)\b (?:that )?i am (?:broken|frigid|cold|useless|not normal|a prude|abnormal|a bad wife)\b(?: \w+){0,4}? if i (?:do not|will not|refuse|say no)\b",
            r"\b(?:gets?|got|getting|makes?|made|plies|plied) me (?:drunk|tipsy|wasted|high|pissed|plastered|merry|out of it)\b (?:then |and then |to make )?(?:i|me)\b(?: \w+){0,2}? (?:do it|will do it|would do it|sleep with|have sex|say yes|go along|give in|do (?:stuff|things))\b",
            r"\bi (?:only |)?(?:do it|did it|have sex|sleep with (?:him|her)|give in|let (?:him|her)|go along with it)\b(?: \w+){0,2}? (?:because |to stop |to keep |otherwise |or )?(?:he|she) (?:is not|will not be|would not be|does not get|will not get|does not|will not|would not|gets|will be|is|goes) (?:angry|mad|moody|cross|nasty|sulk\w*|grumpy|upset|off with me|in a mood|horrible|cold|violent|kick off)\b",
            # going numb, lying there till it is over, not fighting it any more
            r"\bi (?:only )?(?:lie|lay|lying|laying) there (?:until|till|and wait (?:for|until|till)|waiting (?:for|until|till)) (?:it is|it was|he is|he has|he was|she is) (?:over|done|finished)\b",
            r"\bi (?:go|went|goes) (?:numb|somewhere else|blank|limp|dead inside)\b(?: \w+){0,3}? (?:and )?(?:let (?:him|her)|until it|till it|while (?:he|she) does|when (?:he|she) does it)\b",
            r"\b(?:takes|took|taking|gets|has) what (?:he|she) wants\b(?: \w+){0,6}? (?:i (?:do not|did not|can not|could not|no longer) (?:fight|resist|struggle|say no|stop)|i (?:stopped|gave up) (?:fighting|resisting|saying no)|i (?:let (?:him|her)|lie there|go numb))\b",
            # what a wife owes: duty, the marriage contract, obedience in bed, "no choice"
            r"\b(?:says?|said|tells me|told me|reckons|thinks)\b(?: that)? (?:it is |it was )?(?:my|a) (?:duty|job|obligation)\b(?: as (?:his|her|a|the) (?:wife|husband|partner|girlfriend|boyfriend))?(?: \w+){0,5}? (?:i do not|i did not|i never) want\b",
            r"\b(?:obey|submit|give (?:him|her) what (?:he|she) wants|satisfy (?:him|her))\b(?: \w+){0,2}? in (?:the )?(?:bed|bedroom)\b",
            r"\b(?:sex|it|intimacy|relations)\b (?:is )?(?:part of|in) (?:the|our) (?:marriage|wedding)(?: contract| vows| deal)?\b(?: \w+){0,4}? (?:no choice|have to|got to|must|can not say no|owe)\b",
            r"\bno means no\b(?: \w+){0,3}? (?:though|married|he|she)\b",
            r"\b(?:wants?|wanted|pressur\w*|push\w*|asks?|asked) me (?:to )?(?:do (?:things|stuff)|sleep|have sex|be with|get with|hook up) with (?:them|him|his (?:friends|mates)|other (?:men|women|people|guys)|strangers|someone else|his friend|his mate)\b(?: \w+){0,4}? (?:i (?:said|say) no|i do not want|i did not want|i refused|i am not comfortable|i told (?:him|her) no)\b",
            r"\b(?:makes?|made|forces?|forced|pressur\w*) (?:her|me) (?:to )?(?:do|try) (?:things|stuff|it)\b (?:she|i|he) (?:does not|did not|do not) (?:want|like)\b(?: \w+){0,8}? (?:told (?:him|her) no|said no|crying|cried|in bed)\b",
            r"\bnot sure (?:if |that |whether )?i (?:agreed|consented|said yes|wanted (?:it|to))\b(?! to\b| with\b| on\b| about\b)",
            r"\bwhat (?:happens|goes on|he does|he does to me|he makes me do) (?:in (?:our|the) (?:bedroom|bed)|in bed)\b(?: \w+){0,3}? (?:normal|right|allowed|abuse)\b",
            r"\bnot (?:a )?(?:person|human|human being) to (?:him|her)\b(?: \w+){0,4}? (?:only |)?(?:there|here|good) for\b",
            r"\b(?:pressur\w*|push\w*|nag\w*|pester\w*) me (?:to |into )?(?:do|try|doing|trying) (?:things|stuff)\b(?: \w+){0,2}? i am not (?:with|comfortable|happy)\b",
        ),
    },
    "control": {
        "possible": (
            # papers and status held over me: a visa tied to him, immigration rung, a green card kept
            r"\b(?:my )?(?:visa|green card|residency|residence permit|status|papers|immigration status|leave to remain|sponsorship)\b (?:is )?(?:tied to|depends on|dependent on|linked to|through|in) (?:him|her|his|hers)\b(?: \w+){0,6}? (?:remind\w*|threat\w*|says|uses|holds|keeps|if i)\b",
            r"\b(?:call|ring|report me to|phone|contact|go to|tell) (?:the )?(?:immigration|home office|border force|uscis)\b(?: \w+){0,6}? (?:if|unless) i\b|\bif i\b(?: \w+){0,6}? (?:he|she) (?:will|would|is going to) (?:call|ring|report me to|phone|contact|tell) (?:the )?(?:immigration|home office|border force|uscis)\b",
            r"\b(?:holds?|held|holding|keeps?|kept|has|hides?|hid|took|takes)(?: on to| onto)? my (?:green card|visa|residence (?:card|permit)|brp|work permit|id card|passport|documents|papers)\b(?: \w+){0,6}? (?:says|said|threatens|threatened|will|would|destroy|burn|rip|tear|cancel|report)\b",
            # medicine kept, rationed, withheld or stopped; appointments cancelled or refused
            rf"\b(?:holds?|held|holding|keeps?|kept|hides?|hid|hiding|rations?|rationed|controls?|controlled|counts?|took|takes|throws? away|threw away|flush\w*|bins?|binned|stopped|stops|swapped|swaps|tamper\w* with)(?: on to| onto)? (?:all )?my (?:\w+ )?{_MEDS}\b(?: \w+){{0,6}}? (?:only (?:gives|lets)|when i (?:behave|am good|apologi\w*|am (?:feeling|low|ill|down))|unless|until|so i (?:can not|could not)|says (?:they|it|i)|(?:he|she) wants|i (?:can not|could not|do not get)|away from me|from me|(?:will not|would not|refuses to|does not|never) (?:give|hand))\b",
            rf"\b(?:will not|would not|does not|never|refuses to) let me (?:take|have|get|fill|collect|use|go on|start) (?:my |any )?(?:\w+ )?(?:{_MEDS}|treatment|therapy)\b",
            r"\b(?:will not|would not|does not|never|refuses to) (?:take|drive|let) me (?:to )?(?:my |the )?(?:\w+ )?(?:dialysis|doctor|doctors|gp|hospital|appointments?|chemo|clinic|physio|therapy|counseling|dentist|check ?ups?)\b(?: \w+){0,4}? (?:unless|until|if) i (?:have been |am |was |been )?(?:good|behave\w*|apologi\w*|say sorry|do as|obey|earn|deserve|ask nicely|beg)\b",
            r"\b(?:cancel\w*|rescheduled|rebooked) (?:my|all my) (?:\w+ )?(?:appointments?|appts?|sessions?|interview|check ?ups?)\b(?: \w+){0,4}? (?:without (?:telling|asking|my|me)|i would (?:stay|not go|not see|miss)|i could not (?:go|see|get)|i can not (?:go|see|get)|behind my back|and (?:did not|never) (?:tell|told)|i (?:did not|never) know)\b",
            # what I wear and eat, when I sleep: approved by him
            r"\b(?:picks?|picked|chooses|chose|lays? out|laid out|approves?|approved|vets) (?:out )?(?:all )?(?:my|what i) (?:clothes|outfits|clothing|wear|dress)\b(?: \w+){0,8}? (?:says|calls|tells|if i|makes me|will not|not allowed|slag|slut|whore|tart|cheap)\b",
            r"\b(?:only )?(?:lets|allows|permits) me (?:to )?(?:wear|eat|buy|watch|read)\b (?:what|whatever|things|stuff|clothes) (?:he|she) (?:has |had |is )?(?:approved|approves|picked|picks|chose|chooses|likes|says|bought|okays|okayed|allows)\b",
            r"\blook\w* like (?:a )?(?:slag|slut|whore|tart|hooker|prostitute|tramp|skank)\b(?: \w+){0,4}? (?:if|when|whenever) i (?:wear|dress|put on|go out)\b",
            rf"{AW} (?:tells|told|decides|decided|dictates|says) (?:me )?(?:what|how much|when) i (?:can|am allowed to|may|must|get to|have to) (?:eat|wear|spend|buy|sleep|go to bed|get up|shower|wash)\b(?!(?: \w+){{0,6}}? (?:diabetes|allergy|allergies|diet|cholesterol|blood sugar|pregnan\w*|coeliac|celiac|gluten|surgery|operation)\b)",
            rf"{AW} (?:makes?|made) me (?:eat|weigh|diet|skip|starve)\b(?: \w+){{0,6}}? (?:in front of (?:him|her)|fat|if i have)\b|{AW} (?:says|said|tells me|told me|calls me)\b (?:that )?i am (?:getting )?(?:fat|too fat|a pig|greedy|huge)\b(?: \w+){{0,3}}? (?:if|when|whenever) i (?:have|eat|take|want)\b",
            r"\bways me (?:every|each|on|in the)\b",
            r"\bi (?:do not|never|can not) (?:get to )?(?:decide|choose|pick|have a say (?:in|on|about)) (?:anything|a thing|nothing)\b",
            rf"{AW} (?:decides?|decided|chooses|chose|says|tells me|told me) (?:who|which people) i (?:can|am allowed to|may|get to) (?:text|call|see|talk to|speak to|message|ring|follow|be friends with|have)\b|\bmakes? me (?:delete|block|remove|unfollow) (?:numbers|contacts|people|friends|my \w+)\b",
            # money: every purchase approved, checked and returned; a text before a coffee; everything cleared with him
            r"\bcheck\w* (?:every|each) (?:single )?(?:thing|item|purchase|penny|receipt|transaction)\b",
            r"\bmakes? me (?:return|take back|send back) (?:stuff|things|everything|what i)\b",
            r"(?<!\bi )(?<!\bwe )\b(?:has|have) to approve (?:every|each|all|any) (?:single )?(?:purchase|thing i buy|penny|payment|spend|transaction|item)\b(?! (?:over|above)\b)",
            r"\b(?:have to|got to|must|need to|makes? me) (?:text|ask|call|ring|message|check with|tell) (?:him|her)\b(?: first)? (?:before|if) i (?:spend|buy|get|go|use|eat|leave|see)\b(?: \w+){0,3}? (?:anything|a coffee|every|any|something|a thing|a penny)\b",
            r"\b(?:have to|got to|must|need to) (?:clear|run) (?:everything|it all|anything)\b (?:with|by|past) (?:him|her)\b",
            r"\bmakes? me (?:give|hand) (?:up|over|back|in) my (?:bank card|cards?|keys|car keys|phone|purse|wallet|money|passport)\b",
            r"\bmakes? me (?:keep|write|fill in) (?:a )?(?:notebook|book|list|log|diary|record|spreadsheet)\b(?: \w+){0,4}? (?:every|each|all|what i) ?(?:penny|cent|thing|spend|spent|buy|bought)?\b",
            # savings moved where only he sees; debts and bills put in my name; benefits, pension and logins his
            r"\b(?:moved|moves|transferred|transfers|took|takes|put|puts|emptied|empties|drained|cleared)\b (?:all )?(?:of )?(?:our|my|the) (?:\w+ )?(?:savings|money|wages|pension|inheritance|funds)\b(?: \w+){0,5}? (?:only (?:he|she) can|i can not (?:see|access|touch|get)|i do not have access|in (?:his|her) (?:own )?name|without (?:telling|asking|my))\b",
            r"\b(?:he|she) (?:\w+ ){0,2}?(?:put|puts|putting|took out|takes out|taken out|signed|opened|got) (?:the |a |all the |our )?(?:\w+ ){0,4}?(?:mortgage|bills|loans?|debts?|credit cards?|cards|contracts?|car finance|phone contracts?|overdraft|catalogues?)\b (?:in|on|under) my name\b(?!(?: \w+){0,10}? (?:we (?:both )?(?:pay|share|split|agreed|decided|chose)|together\b|jointly|better credit|credit score))",
            r"\b(?:controls?|controlled|is in charge of|handles|keeps|has|administers|manages) (?:all )?(?:of )?(?:my|the|our|her) (?:child benefit|benefits|universal credit|pension|disability|allowance|tax credits)\b(?: \w+){0,6}? (?:i can not|he can not|i do not|he does not|i never|he never|without)\b",
            r"\b(?:has|got|knows|uses|took|changed|changes) (?:my|all my) (?:universal credit|benefits?|bank|banking|pension|payslip|wages|salary|tax|paypal|credit card) (?:login|logins|password|passwords|log in|details|pin|account)\b(?: \w+){0,6}? (?:and (?:changes?|changed|checks?|moves?|spends?|logs?|takes?)|so (?:he|she) can|i can not|without)\b",
            rf"{AW} (?:administers|runs|rules|handles|controls|manages) all (?:of )?(?:the|my|our) (?:money|finances|accounts|savings)\b(?: \w+){{0,4}}? (?:permits|allows|lets|gives) me nothing\b|\b(?:permits?|allows?) me nothing\b",
            rf"{AW} (?:says|said|tells me|told me|threatens|threatened)\b(?: that)? if i (?:leave|left|go|divorce|walk out)\b(?: \w+){{0,2}}? (?:i|you) (?:do not|will not|would not|wont) (?:get|have|take|keep) (?:nothing|anything|a penny|a thing)\b|\bleave me with nothing\b",
            # the heating, the only key, curfews by the clock: the house run against me
            r"\b(?:controls?|controlled|locks?|locked|turns? off|turned off|switches off|switched off|turns?|turned|switch\w*)\b (?:the )?(?:heating|thermostat|heat|hot water|electric|electricity|gas|boiler)\b(?: off)?(?: \w+){0,6}? (?:while (?:he|she) is (?:out|at work|away)|when (?:he|she) (?:leaves|goes out|is out)|not allowed|will not let me|password|only (?:he|she))\b",
            r"\b(?:he|she) (?:\w+ ){0,2}?(?:has|keeps|holds|got|has got|is got) (?:the )?only (?:key|keys|set of keys|front door key|house key|door key)\b(?! (?:to|for) (?:the )?(?:shed|garage|safe|gun|cabinet|office|loft|bike|padlock))",
            r"\bmakes? me (?:check in|text|call|ring|report|message)\b(?: (?:him|her))? (?:every|each) (?:hour|half hour|\d+ minutes|few hours|thirty minutes|ten minutes|twenty minutes)\b",
            r"\b(?:gets?|got|goes|went) (?:upset|angry|mad|funny|weird|nasty|in a mood|cross)\b(?: \w+){0,2}? (?:when|if|whenever|every time) i (?:talk about|mention|bring up|suggest|ask about|say i want) (?:going back to |getting a |finding a |applying for )?(?:work|a job|job|college|uni|studying|learning to drive|my own (?:money|account|car))\b",
            r"\b(?:take|takes|taking|took) my (?:whole|entire|full) (?:salary|wages|pay|paycheck|money|benefits|pension)\b|\bgive me (?:back )?my (?:phone|keys|car keys|passport|bank card|cards?|money|wallet|purse|documents|id)(?: back)?\b(?: \w+){0,3}? (?:it is mine|they are mine|that is mine|it belongs to me)\b",
            r"\bi (?:get to|will|can|am going to|am allowed to|have the right to) (?:go to work|work|see my|keep my|have my own|spend my|go out|drive|use my)\b(?: \w+){0,5}? whether (?:he|she) likes it or not\b",
            r"\b(?:drives|drove|takes) me (?:to work )?and (?:picks|collects|picked|collected) me up\b(?: \w+){0,8}? (?:can not|could not|not allowed|never)\b",
        ),
    },
    "isolation": {
        "possible": (
            rf"{AW} (?:makes?|made|making|gets?|got|goes|went|kicks off|sulks|sulked|causes|caused|creates|starts)\b(?: \w+){{0,6}}? (?:every time|whenever|when|if) i (?:see|go|visit|meet|call|ring|go out|have)\b(?: \w+){{0,6}}? i (?:stopped|gave up|quit|do not bother|no longer|have stopped|had to stop)\b",
            r"\b(?:does not|do not|will not) (?:like|let) me (?:speaking|speak|talking|talk)\b (?:in )?my (?:own )?(?:language|mother tongue|native language)\b|\b(?:he|she) (?:will not|would not|refuses to|does not) translate\b",
            r"\b(?:he|she)\b(?: \w+){0,2}? (?:has to|insists on|must) (?:come|go|coming|going|tag along)\b (?:with me )?(?:everywhere|wherever i go|to the (?:doctors?|gp|toilet|dentist|hairdressers?))\b",
            r"\b(?:a |good |proper |real )(?:wife|woman|girlfriend) (?:stays? home|does not need (?:friends|a job|to work)|should not have friends|has no need (?:of|for) friends)\b",
            r"\b(?:friends|family|mates|nobody|no one|people)\b(?: \w+){0,3}? (?:stopped|stop) (?:calling|ringing|visiting|coming|texting|inviting)\b(?: \w+){0,5}? (?:he|she) (?:seems|is|was|looks|seemed|looked) (?:\w+ )?(?:pleased|happy|glad|relieved|smug|delighted)\b",
            r"\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|stepdad|stepfather)\b (?:\w+ ){0,2}?(?:stops|stopped|stopping) (?:her|him|me) (?:from )?(?:seeing|visiting|calling|talking to|going to see|contacting|speaking to|volunteering|working|singing|attending|studying|going to (?:church|work|college|class))\b",
            r"\b(?:do not|never|rarely|hardly ever|hardly|barely|no longer|stopped) (?:see|seeing|talk to|hear from|go out with|meet)\b (?:my |any )?(?:friends|mates|family|anyone)\b(?: \w+){0,3}? (?:since|ever since) (?:we got together|we met|i met (?:him|her)|we married|we got married|we moved in|i moved in|i got with)\b",
            r"\b(?:forbid\w*|forbade|banned|bans|not allowed|will not let me)\b(?: me)? (?:from )?(?:receiving|having|inviting) (?:any )?(?:visitors|guests|friends round|friends over|people round|people over|company)\b",
            r"\b(?:choose|chose|pick|picked|choosing|decide) between (?:them|my \w+|her|him) and (?:him|me|her)\b",
            r"\bif i (?:see|visit|call|talk to|speak to|meet|text|ring) (?:her|them|him|my \w+) again\b(?: \w+){0,3}? (?:we are|were|it is|its|that is|thats) (?:over|finished|done|through)\b",
            r"\b(?:do not|did not) know (?:a soul|anyone|anybody|a single person)\b(?: \w+){0,4}? (?:he|she) (?:says|said|thinks|likes|prefers|reckons|wants)\b",
            r"\bcut off\b(?: \w+){0,10}? (?:it is (?:him|her)|its (?:him|her)|because of (?:him|her)|(?:he|she) (?:made|makes|wants|likes))\b",
            r"\b(?:do not|have not|never) (?:have|got) (?:a single|one|any) (?:number|friend|person) (?:of my own )?(?:to call|to ring|left|i can call)\b",
            r"\b(?:he|she) times (?:that|it|me|how long|every|my)\b",
            r"\bi can not tell (?:them|him|her|anyone|anybody|my \w+)\b(?: (?:it is|its|that it is|that))? because (?:he|she)\b",
        ),
    },
}
# -- families written in wave 15 by helper ru (hands z and za: older, rural and minimising speakers, second-person
# accounts, young speakers and speech-to-text slips; with the tuning rows no rule nor the leave-one-hand-out
# backstop heard), by meaning: who does it (the partner, folded to "he"), what, and to whom ----------------------
_SOCIAL = (
    r"(?:family|friends?|mates|mom|dad|parents|sisters?|brothers?|church|chapel|mosque|temple|people|anyone|anybody"
    r"|neighbors|cousins?|relatives|comadres|nan|gran|aunt|auntie|uncle|kids|children|colleagues|coworkers|girls|lads)"
)
_SHUT = r"(?:do not|does not|did not|will not|would not|never|no|not|refuses to)"
_FROM_W15: dict[str, dict[str, tuple[str, ...]]] = {
    "isolation": {
        "possible": (
            # his hand between me and my people: the call on speaker with him standing there, my calls answered or
            # screened, my people told I am busy, my people turned against me
            r"\bmakes? me put (?:it|the phone|the call|him|her) on speaker(?:phone)?\b(?: \w+){0,3}? (?:and (?:stands|sits|listens|stays|hovers|watches)|(?:every time|whenever|when|if) i (?:call|phone|ring|talk|speak))\b",
            r"\bif i (?:phone|call|ring|talk to|speak to) (?:my \w+|anyone|anybody|home)\b(?: \w+){0,2}? (?:he|she) makes me put it on speaker\b",
            r"\b(?:he|she) answers (?:when|whenever|every time) my (?:\w+ )?(?:sister|brother|mom|dad|friends?|mates?|family|parents|son|daughter)\b (?:calls|rings|phones)\b(?: \w+){0,2}? (?:and )?(?:tells|says)\b|\bwhen i (?:call|ring|phone)\b(?: \w+){0,2}? (?:he|she) answers and (?:says|tells me) (?:he|she) is (?:napping|asleep|sleeping|busy|out|resting)\b(?: \w+){0,2}? every (?:single )?time\b",
            r"\b(?:he|she|partner|wife|husband|girlfriend|boyfriend) screens (?:all )?(?:his|her|my|our) (?:\w+ )?(?:calls|phone calls|post|visitors)\b",
            r"\b(?:he|she) (?:take|takes|took|grabs|grabbed) the phone (?:off me |from me )?(?:when|whenever|every time|if) (?:he|she|they|my \w+) (?:call|calls|ring|rings|called|rang)\b",
            r"\b(?:makes?|made|making) me (?:choose|pick)\b(?: between)? (?:him|her|me|us) (?:or|and) (?:my|our)\b|\bi (?:am to|have to|had to|must|got to) (?:choose|pick)\b (?:between )?(?:him|her) (?:and|or) (?:my|our)\b|\b(?:hates? him|against (?:him|us))\b(?: \w+){0,3}? i (?:have to|had to|must|am to) choose\b",
            rf"{AW} (?:turned|turning|turns|has turned|is turned) (?:my|our|the) (?:kids|children|son|daughter|sons|daughters|family|friends)\b against (?:me|my)\b",
            # my plans and my people spoiled till I stop: fights picked before I go, my plans cancelled, an ultimatum
            r"\b(?:every time|whenever) i am (?:meant|supposed|due|going) to (?:see|meet|go out|visit)\b(?: \w+){0,4}? (?:he|she) (?:starts?|picks?|kicks off|causes)\b",
            r"\b(?:picks?|picked|starts?|started|causes|caused) (?:a )?(?:fights?|rows?|arguments?|a scene)\b (?:right )?(?:before|every time|whenever|when) i (?:am (?:supposed|meant|due|going) to |was (?:supposed|meant|due|going) to |want to |try to )?(?:meet|see|go out|visit|make a friend|have plans)\b",
            r"\b(?:every time|whenever|when) i (?:make|made) (?:a )?(?:new )?(?:friend|friends)\b(?: \w+){0,4}? (?:he|she) (?:starts?|picks?|kicks off|sulks|gets (?:jealous|angry|nasty))\b",
            rf"{AW} (?:cancels?|cancelled|canceled) (?:every|all|any) (?:\w+ )?plans? i (?:make|made|have)\b(?: with (?:my|friends|family|people|anyone))|{AW} (?:cancelled|canceled) my (?:\w+ )?(?:nights?|evenings?|bingo|classes|club)\b(?: \w+){{0,3}}? and (?:told|tells)\b",
            r"\bif i (?:go|went) (?:to )?(?:that|the|my|this|his|her|our) (?:\w+ ){0,2}?(?:wedding|party|funeral|birthday|christening|do|reunion|night out|dinner|event|trip)\b(?: \w+){0,3}? (?:we are|it is|we were|we will be) (?:done|over|finished|through)\b",
            r"\bif i (?:go|went|leave|visit|see)\b(?: \w+){0,6}? need not (?:bother )?(?:coming|come) (?:back|home)\b",
            r"\b(?:whenever|every time)\b(?: \w+){0,6}? (?:ask|asks|invite|invites) (?:me|us)\b(?: \w+){0,4}? (?:he|she) (?:says|tells \w+) (?:we are|i am) (?:busy|not (?:free|coming|going|available))\b",
            r"\b(?:have not|not|never) (?:been|gone) to (?:a |any )?family (?:thing|do|event|party|gathering|get together|birthday|occasion|dinner)s? (?:in|for) (?:years|months|ages|a year|a long time)\b(?: \w+){0,4}? (?:he|she)\b",
            r"\bmissed (?:every|all|each|my) (?:\w+ ){0,2}?(?:birthdays?|weddings?|christmas|funerals?|do|party|parties|events?|gatherings?|play|plays|concerts?)\b(?: \w+){0,6}? because (?:he|she) (?:will not|would not|does not|did not|never) let me\b|\bi am not allowed at (?:the |my )?(?:kids |childrens |sons |daughters )?(?:school|church|family)\b",
            # staying in because he would rather: not keen on me going, he prefers I stay in, a stop put to it
            rf"{AW} (?:is|was) (?:not|no|never) keen on me (?:going|seeing|visiting|meeting|joining|ringing)\b(?: \w+){{0,3}}? (?:{_SOCIAL}|club|group|bingo|choir|class|classes|pub|night out|do|party|gym|work|job)\b",
            r"\b(?:do not|never|hardly|rarely|barely|no longer) go out\b(?: \w+){0,4}? (?:he|she) (?:prefers|likes|wants|says|would rather)\b|\bi am to (?:keep to myself|keep myself to myself|stay (?:in|home|indoors|inside))\b",
            r"\bi used to (?:go|see|visit|do|sing|play|meet|ring|call|attend)\b(?: \w+){0,22}? (?:he|she) (?:put a stop to|put an end to|made me (?:stop|give up|quit))\b|\bi used to (?:go|see|visit|do|sing|play|meet|ring|call|attend)\b(?: \w+){0,12}? but (?:he|she) (?:said|says|told me|decided)\b(?: \w+){0,10}? (?:i gave (?:it|that|him) up|i stopped|i quit|i have not (?:gone|been|seen|done))\b",
            r"\b(?:will not|does not|never|would not) let me (?:go )?outside\b(?!(?: \w+){0,3}? (?:until|till|without|in the rain|after dark|before|unless i (?:finish|do|tidy|eat)))|\b(?:will not|does not|never|would not) let me (?:answer|open) the (?:front )?door\b(?! to strangers)",
            rf"\b(?:he|she) {_SHUT} (?:allow|allows|let|lets|permit|permits) me (?:to )?(?:go to|call|ring|phone|speak|talk|see|visit|travel|meet|contact|write to|go (?:home|back|out))\b(?: \w+){{0,3}}? (?:{_SOCIAL}|home|philippines|my country)\b",
            rf"{AW} say (?:that )?i (?:can not|must not|am not allowed to) (?:go|see|talk|speak|call|visit|meet)\b",
            r"\b(?:he|she) keeps? me (?:a |his |her )?(?:prisoner|captive|hostage)\b",
            r"\b(?:have not|not|never|hardly|rarely) (?:left|been out of|gone out of) (?:the|this) (?:house|flat|home)\b (?:on my own|alone|by myself|without (?:him|her))\b(?: \w+){0,2}? (?:in|for) (?:months|weeks|years|ages|a year|a month)\b(?!(?: \w+){0,4}? (?:since|because of|after) (?:my|the|i)\b)",
            r"\b(?:bar|except|apart from|other than|besides|but for) (?:the )?(?:doctor|doctors|gp|postman|nurse|milkman|priest)\b(?: \w+){0,3}? (?:have not|not|never) (?:spoken|talked|seen)\b",
            r"\bno car\b(?: \w+){0,2}? no (?:phone|mobile|money)\b(?! signal| reception| battery| charger)|\b(?:miles from|middle of nowhere|no buses|no bus|out in the sticks)\b(?: \w+){0,6}? (?:he|she) (?:takes|took|keeps) the (?:car|truck|van|ute)\b",
            # made to leave work or study; my boss told I quit; my people told I am on drugs or unwell
            r"\bmade me (?:pack in|pack up|give up|leave|quit|drop out of|jack in|chuck in) (?:my |the )?(?:job|work|uni|university|college|school|course|studies|degree|classes|church|choir|club|team|gym)\b",
            r"\bi (?:had to|have had to|was made to) (?:quit|leave|stop going to|give up|drop out of|pack in) (?:my |the )?(?:\w+ )?(?:job|work|uni|university|college|school|course|gym|club|team|church|choir|classes)\b(?: \w+){0,2}? because (?:he|she) (?:said|says|thinks|thought|reckoned)\b(?: \w+){0,2}? i (?:was|am|would|had been|could not|can not)\b",
            r"\b(?:he|she) (?:\w+ )?(?:called|rang|phoned|emailed|messaged|texted) my (?:boss|work|manager|job|employer|college|school|teacher)\b (?:and )?(?:told|said|says|tells)\b(?: \w+){0,3}? i (?:quit|had quit|was quitting|resigned|was resigning|am resigning|am leaving|was leaving|was not coming back|am not coming back)\b",
            r"\btells? (?:people|everyone|everybody|my \w+)\b(?: that)? i am not\b(?: \w+){0,2}? (?:he|they) (?:stay|keep|stop) (?:away|coming)\b",
            rf"{AW} (?:told|tells|has told|is told) (?:my|our|everyone|everybody|people)\b(?: \w+){{0,3}}? (?:that )?i (?:was|am) (?:on drugs|using drugs|an addict|a junkie|having a breakdown|having an affair|cheating|sleeping around|a bad mother|a bad mom)\b",
            r"\b(?:was|is|were|got) (?:rude|nasty|horrible|cold|vile|awful)\b (?:to|with) (?:every one|each|all|every single one) of (?:him|them|my)\b(?: \w+){0,3}? (?:till|until|so|and) (?:he|they) (?:gave up|stopped|quit|left|stayed away)\b",
            r"\b(?:he|she) (?:found|finds|found fault|finds fault) (?:something|a problem|fault|a reason) (?:wrong )?with (?:each|every one|all|every single one) of (?:him|them|my)\b",
            r"\b(?:stood|stands|sat|sits|hovered|hovers)\b(?: \w+){0,4}? (?:glaring|staring|scowling)\b(?: \w+){0,3}? (?:till|until) (?:he|she|they) (?:left|went|gave up)\b",
            r"\bi (?:never|do not|can not) get to (?:talk|speak|see) (?:to )?(?:the|a) (?:doctor|gp|nurse|midwife|counselor) (?:by myself|alone|on my own|in private|without (?:him|her))\b|\b(?:doctor|doctors|gp|appointments?)\b(?: \w+){0,3}? (?:(?:and )?(?:he|she) |and )(?:sits|stays|stands) in the room\b",
            r"\b(?:nobody|no one|noone)\b(?: \w+){0,8}? (?:he|she) (?:made|makes|has made) sure of (?:that|it)\b|\bthere is (?:nobody|no one|noone) left to (?:ring|call|phone|talk to|turn to|tell)\b",
            r"\b(?:he|she) (?:moved|moves|took|dragged) (?:us|me)\b(?: \w+){0,6}? (?:and )?(?:now )?i (?:do not|did not) know (?:anyone|anybody|a soul|a single person)\b|\bwe moved\b(?: \w+){0,8}? i (?:do not|did not) know (?:anyone|anybody|a soul)\b(?: \w+){0,10}? (?:he|she) (?:will not|does not|would not|says|keeps|takes|took)\b",
            r"\b(?:you|i|we) (?:stop|stopped|give up|gave up|quit) (?:asking|trying|bothering|wanting) (?:to )?(?:see|go out|visit|meet|go)\b(?: \w+){0,4}? (?:because|since|as) (?:the )?(?:fallout|aftermath|row|rows|grief|hassle|drama|sulk|sulking|mood|punishment|price|fight)\b",
            r"\b(?:told|tells|telling) the (?:nursing home|care home|home|hospital|carers?|staff|ward)\b(?: \w+){0,4}? (?:not to|were not to|are not to|was not to) (?:visit|let|call|see)\b",
            r"\b(?:kicks off|goes mad|gets (?:angry|funny|nasty|mad)|sulks)\b(?: \w+){0,2}? (?:whenever|when|every time|if) my (?:\w+ )?(?:brother|sister|mom|dad|friends?|mates?|family|parents)\b (?:rings|calls|phones|texts|visits|comes)\b(?: \w+){0,4}? i (?:have )?(?:stopped|gave up|quit)\b",
            r"\bmy (?:friends|mates|family)\b(?: \w+){0,3}? (?:he|she) (?:says|said|tells me|reckons) (?:he|they) (?:are|is) (?:no good|not good|bad news) for me\b|\b(?:classes|class|course|lessons|college|job|work)\b(?: \w+){0,8}? (?:he|she) is not letting me\b",
            r"\b(?:does not|do not) like me (?:seeing|visiting|calling|going to see) (?:her|him|them)\b(?: \w+){0,8}? i (?:have )?(?:stopped|given up|gave up|quit)\b|\b(?:will not|does not|never) let me sea (?:my |any )?(?:friends|family|mates|anyone)\b|\bnot aloud (?:to )?(?:see|go|leave|visit|call|ring|talk|speak|have|out|meet|work)\b",
            rf"{AW} (?:says|said|tells me) i (?:do not|don't) need (?:friends|anyone else|my family|my \w+)\b(?: \w+){{0,2}}? (?:i have got|i have) (?:him|her)\b|\bcancelled on (?:him|them|my \w+)\b(?: \w+){{0,4}}? for (?:him|her)\b",
            r"\b(?:he|she) got me to (?:quit|give up|pack in|leave|drop)\b (?:my |the )?(?:\w+ )?(?:rugby|football|team|club|job|choir|band|classes|college|uni|church|gym|sport|netball|hockey)\b|\bmakes me feel (?:my )?(?:own )?(?:\w+ )?(?:brother|sister|family|friends|mom|dad|parents) (?:is|are) (?:the enemy|against me|out to get me)\b",
            r"\bnot (?:meant|supposed) to go out (?:on my own|alone|by myself|without (?:him|her))\b(?!(?: \w+){0,4}? (?:since|because of|after) (?:my|the|i)\b)",
        ),
    },
    "self_harm": {
        "clear": (
            # the means at hand or the engine running; the note written, the goodbyes said, the pet given away
            r"\b(?:in|sat in|sitting in) the garage\b(?: \w+){0,4}? (?:cars?|engine|motor) (?:is )?(?:running|on)\b|\b(?:car|engine) (?:is )?running (?:in the garage|with the (?:garage )?door (?:shut|closed|down))\b",
            r"^i (?:have|have got|got) (?:the|a) (?:razor|blade|blades|rope)(?: (?:here|ready|now|with me|in my hand))?$",
            r"\bi (?:have|have got|got)\b (?:the whole|a whole|all (?:of )?(?:his|her|my|the)) (?:bottle|box|packet|pack|stash|jar|tub)? ?(?:of )?(?:\w+ )?(?:sleeping pills|sleeping tablets|pills|tablets|paracetamol|painkillers)\b(?: \w+){0,3}? (?:in my|here|with me|by me|ready|hidden|saved)\b",
            r"\b(?:already |have )(?:written|wrote) (?:the|my|a) (?:note|goodbye note|goodbye letters?|last letters?)$|\bthe (?:letters|notes|goodbye letters) are written$",
            r"\b(?:said|say|saying) (?:my )?goodbyes?\b(?: to (?:my|the|everyone) ?\w*)?(?: \w+)? (?:in my head|just in case|in case$|for the last time|for good)\b",
            r"\b(?:given|gave|giving|give|rehomed|rehoming) (?:away )?(?:the|my|our) (?:dog|cat|pets?|puppy|kitten|budgie|rabbit|hamster)\b(?: \w+){0,3}? (?:to|away)\b(?: \w+){0,20}? (?:will not be (?:here|around)|this is it|i am done|after i am gone|when i am gone|long time coming)\b|\bthis is it for me\b(?: \w+){0,3}? (?:given|gave) (?:the|my) (?:dog|cat|pets?)\b",
            r"\b(?:tonight is|tonights) the night\b(?: \w+){0,3}? (?:i am done|i do it|i end it|i go)$",
        ),
        "possible": (
            r"\b(?:everything is|everythings) (?:ready|sorted|in place|arranged|set)\b(?: \w+){0,4}? (?:talk to (?:someone|somebody)|say goodbye|tell (?:someone|somebody))\b",
            r"\bi (?:have|have got|got|made) a plan and\b(?: \w+){0,4}? it is (?:going to be )?(?:this weekend|tonight|tomorrow|friday|saturday|sunday|soon)\b",
            r"\bgarage\b(?: \w+){0,6}? (?:engines?|motors?|cars?) (?:is )?(?:running|going|on)\b|\b(?:engines?|motors?|cars?) (?:is )?(?:running|going)\b(?: \w+){0,2}? (?:in the garage|garage door (?:shut|closed|down|pulled down))\b",
            r"\b(?:sorry|forgive me) for what i am (?:going to|about to) do\b(?: \w+){0,2}? (?:on|this|tonight|tomorrow|friday|saturday|sunday|monday|next)\b",
            # the wish not to wake, not to be missed, not to last: said lightly, or "not suicidal or anything"
            r"\bi (?:would|will) not be missed\b|\bnobody would (?:even )?miss me\b",
            r"\b(?:rather|prefer to|want to|wish i could|wish i would|hope i) (?:not|never) wake up\b(?! (?:early|at|before|for|on|tomorrow|so|too|that|this|in time|till|until|when)\b)|\bgo to sleep\b(?: \w+){0,6}? (?:for good|forever|and (?:never|not) wake up)\b",
            r"\bwould not mind if (?:it all|everything|life|it) (?:ended|stopped|was over|finished)\b|\bcare (?:if|whether) i (?:live|die|wake up|make it)\b|\bbothered (?:being|staying) alive\b",
            r"\b(?:wish\w*|hope|hoping|pray\w*|would not (?:bother|mind)|not bother me|would not care|glad)\b(?: \w+){0,5}? (?:i (?:would )?(?:got|get|gets|was|were) )?(?<!not get )(?<!never get )(?:hit|run over|knocked down) by a (?:bus|car|train|lorry|truck)\b",
            r"\b(?:would be a relief|would not be the worst thing|would not be so bad|would be a blessing|would not be a bad thing)\b(?: \w+){0,3}? if (?:the |my )?(?:car|tractor|truck|van|plane) (?:(?:came|come|went|goes|ran) (?:off|over|into)|rolled|crashed|hit)\b|\bif (?:it|the (?:car|tractor|truck|van)) (?:rolled|rolls|crashed|went over)\b(?: \w+){0,2}? (?:it )?would not be the worst thing\b",
            r"\b(?:hop\w*|wish\w*|pray\w*)\b(?: \w+){0,3}? i (?:will |would |might |could )?(?:get|got|be|was) (?:in|into) (?:an? )?(?:accident|crash|car crash)\b",
            r"\b(?:told|tells|said) (?:me )?i (?:had|have|have got) (?:cancer|a tumou?r|months to live|weeks to live|something terminal)\b(?: \w+){0,3}? i (?:would|will) be (?:glad|relieved|happy|pleased)\b",
            r"\b(?:you get to a point|i think|i reckon|i know)\b(?: \w+){0,4}? (?:would|will|could) (?:all )?(?:cope|manage|be fine|be better off|do fine|get on) (?:fine |better |okay )?without (?:me|you)\b(?!(?: \w+){0,3}? (?:for (?:a|the|two|one|\d)|while|at work|on (?:holiday|leave)|this week|next week|today|tomorrow))",
            r"\bwhat i am (?:even )?still here for\b|\bwhat am i (?:even )?still here for\b",
            r"\bwhat is the (?:use|point) (?:in |of )?(?:carrying on|going on|living|being alive|tomorrow|waking up)\b",
            r"\bthink\w* (?:\w+ ){0,3}?about (?:not being (?:alive|here|around)|not existing|not waking up)\b|\b(?:think about (?:die|dying|death)|about (?:die|dying)) (?:every day|all the time|every night|constantly)\b|\bwant to go to heaven (?:now|today|tonight)\b",
            r"\b(?:would|will) be sorry if i (?:was|were|am) (?:dead|gone for good)\b",
            r"\bcan not see (?:a|any) future$|\b(?:is|feel there is) (?:nothing|anything) left for me\b(?! to\b| in the (?:fridge|shop))",
            r"\b(?:will not|am not going to|not going to) be (?:around|here) (?:much|for much) longer\b(?!(?: \w+){0,4}? (?:at|in) (?:this|the) (?:job|company|house|town|area|flat|school))",
            r"\b(?:wish i could|want to|wish i would|just want to) (?:vanish|disappear)\b(?! (?:for (?:a|the|an|two|one|some)|on holiday|to (?:bed|the|a|my)|into (?:my|a|the)|under|from (?:work|the|this)|somewhere))",
            r"\b(?:would|does|will) (?:it|anyone) (?:matter|care|notice)\b(?: to (?:anyone|anybody))? if i (?:was not|were not|was gone|disappeared|died|vanished) ?(?:here|around|alive)?$",
            r"\btook more (?:than i should|than i was supposed to|than the dose|pills|tablets)\b(?: \w+){0,7}? (?:not sorry|on purpose|wanted to|meant to|did not care|hoped)\b",
            r"\bstopped taking (?:my|the) (?:\w+ ){0,2}?(?:pills|tablets|meds|medication|insulin|medicine)\b(?: \w+){0,6}? (?:on purpose|deliberately|nature take its course|what is the point|no point)\b",
            r"\b(?:stood|standing|stand|sat|sitting) (?:on|at|by) (?:the )?(?:bridge|cliff|cliff edge|ledge|top of the (?:stairs|car park|building|cliff)|roof|railway|tracks)\b(?: \w+){0,12}? (?:looking down|think about it|thinking about it)\b|^i am on the roof(?: of (?:the )?\w+)?$",
            r"\bwalked (?:into|in to) the (?:water|sea|river|lake|waves)\b(?: \w+){0,6}? (?:came back|turned back|do not know why|could not)\b",
            r"\bwonder\w* (?:\w+ )?if it would hurt$|\bways? out\b(?: \w+){0,3}? (?:not|do not mean|did not mean) (?:divorce|leaving)\b|\bkill me now\b(?: \w+){0,3}? i can not do (?:another|one more) day\b",
            r"\b(?:tired|sick|weary) of (?:the |my )?(?:life|living|being alive)\b(?! in\b| of\b| on\b| at\b| here\b)|\bsue ?a ?side (?:thoughts?|feelings?)\b",
            r"\bi will (?:just )?do it then\b(?: \w+){0,4}? (?:the )?(?:kids|children|dog|cat) (?:will|can|could) go to\b|\bhanded me (?:the|a) (?:knife|rope|pills|razor|blade|gun)\b",
            r"\b(?:last|final) time (?:i will|ill|i am going to) (?:use|talk to|speak to|open) (?:this|you)\b(?: \w+){0,6}? (?:thanks for everything|goodbye|thank you for everything)\b",
            r"\bi (?:\w+ )?think\b(?: \w+){0,3}? (?:the )?life insurance would\b|\bdo anything daft\b(?: \w+){0,8}? (?:go to sleep and (?:stay asleep|not wake)|not wake up)\b",
            r"\b(?:said|says|told me) you talk about (?:dying|death|ending it|not being here) a lot\b|\bfailed\b(?: \w+){0,3}? what am i (?:even )?for$|\bwhere (?:the|my) will is\b(?: \w+){0,6}? (?:before|that is the day)\b|\bplan\b(?: \w+){0,3}? is not (?:making it|being here|being around)\b",
        ),
    },
    "sexual": {
        "possible": (
            # no said and not heard: he carries on, does not stop when I ask, touches me after I said no
            r"\bi (?:say|said|tell (?:him|her)|told (?:him|her)) no\b(?! more| to\b| thanks)(?: \w+){0,4}? (?:he|she) (?:carries on|carried on|continues|continued|keeps going|kept going|does not stop|did not stop|still does it|does it anyway|no listen|does not listen|did not listen)\b(?! (?:eating|buying|playing|ordering|smoking|drinking|spending|talking|watching|shouting|laughing))",
            r"\b(?:does not|did not|will not|would not|never) stop (?:when|if|after|even (?:when|after)) i (?:ask|asked|say|said|tell|told|beg|begged)\b(?: (?:him|her))?(?: to)?(?: stop)?$",
            r"\bi (?:tell|told|say|said) (?:him|her) (?:to )?stop\b(?: and)? (?:he|she) no (?:listen|stop)\b",
            r"\b(?:touch\w* me|grop\w* me|made me (?:do ?it|do things|have sex)|makes me (?:do ?it|do things|have sex)|had sex with me)\b(?: \w+){0,4}? (?:even )?(?:after|when|though|once) i (?:have |had )?(?:said ?no|saidno|say no|told (?:him|her) no|told (?:him|her) to stop|told (?:him|her) i do not (?:consent|want)|do not consent|did not consent)\b",
            r"\bi (?:said|say|told (?:him|her)) no (?:like )?(?:\w+|\d+) times$",
            r"\b(?:held|holds|holding|pinned|pins|pinning) (?:my (?:wrists|arms|hands|legs) down|down my (?:wrists|arms|hands|legs))\b",
            # asleep, drunk, out of it: started before I woke, agreed he says
            r"\b(?:tries it on|tried it on|has sex with me|touches me|gets on top of me)\b(?: \w+){0,3}? (?:while|when|whilst) i (?:am|was) (?:asleep|sleeping|passed out|out of it|unconscious|out cold|half asleep)\b",
            r"\bi (?:wake|woke|woken) up\b(?: \w+){0,10}? (?:he|she) (?:is|was|has|had) (?:already )?(?:started$|started (?:on me|touching me|having sex)|on top of me|inside me|touching me|doing it|having sex with me)\b|\bwoke up\b(?: \w+){0,3}? my (?:jeans|pants|knickers|underwear|clothes|trousers|pyjamas|shorts) (?:were|was) (?:off|gone|down|pulled down)\b",
            r"\b(?:too (?:drunk|out of it|high|wasted)|passed out|blacked out)\b(?: \w+){0,8}? (?:he|she) (?:says|said|claims|claimed|insists) i (?:agreed|wanted (?:it|to)|said yes|consented)\b|\b(?:do not|can not|did not) remember (?:ever )?(?:saying yes|consenting|agreeing to (?:it|sex) (?:last night|that night|after|when))\b",
            r"\bwhat (?:he|she) (?:does|did|is doing) to me\b (?:at night|in (?:the )?bed|in the bedroom|when i (?:am|have|was|had|sleep))\b",
            # the condom off, the pill flushed; pictures held over me or taken while I slept
            r"\b(?:took|takes|take|taking|pulled|pulls|slipped|slips) (?:the |a )?(?:condom|rubber|johnny) off\b|\b(?:took|takes|pulled|pulls) off (?:the |a )?(?:condom|rubber)\b|\bstealthing\b",
            r"\b(?:flush\w*|binned|bins|hid|hides|threw away|throws away|swapped|tampered with|poked holes in|pokes holes in|put holes in)\b (?:my |the )?(?:pill|condoms?|coil|contraception|birth control)\b(?: \w+){0,6}? (?:wants? (?:another |a )?baby|wanted (?:another |a )?baby|pregnant)\b",
            r"\b(?:holds?|held|holding|hangs?|hung|hanging) (?:my |the |those |these )?(?:nudes|naked (?:pictures|photos|pics)|intimate (?:pictures|photos|images|videos)|onlyfans|sex tape|pictures|photos|videos|pics) over me\b",
            r"\b(?:he|she) (?:\w+ ){0,3}?(?:send|sent|post|posted|share|shared|show|showed|leak|leaked|spread|forward|forwarded)\b (?:my |the |those |these )?(?:nudes|onlyfans|naked \w+|intimate \w+|sex tape|private (?:pictures|photos|pics|videos))\b",
            r"\b(?:filmed|films|filming|recorded|records)\b (?:me )?(?:while|when|whilst) i (?:am|was) (?:passed out|unconscious|in the shower|undressed|changing|getting changed)\b|\b(?:took|takes|taking) (?:naked|nude) (?:photos|pictures|pics|videos)\b",
            rf"\b{_PHOTOS}\b(?: of me)?(?: \w+){{0,12}}? (?:will|would|going to) (?:go|get sent|be sent|end up) (?:to|on) (?:my|the|everyone|everybody|all)\b(?: \w+){{0,4}}? (?:if|when|unless) i (?:ever )?(?:leave|go|break up|tell|split)\b",
            r"\b(?:shared|showed|sent|posted|forwarded)\b(?: \w+){0,5}? to (?:humiliate|shame|embarrass|punish) me\b",
            # his duty, his right: a real wife never refuses, no such thing as a headache, available when he wants
            r"\b(?:says|said|tells me|told me|calls it|reminds me)\b(?: (?:it is|that is|that it is|its))? (?:a |my |the |his )?(?:wifes|wife s|husbands|marital|wifely) (?:duty|duties|right|rights|obligation)\b|\b(?:do|doing|did) my (?:wifely|marital) (?:bit|duty|duties)\b",
            r"\b(?:a |any )?(?:real|good|proper|decent) (?:wife|woman|girlfriend|husband) (?:would not|does not|never|will not|can not|should not|would never) (?:refuse|refuses|say no|says no|deny|denies)\b|\b(?:his|her) right as (?:the |a |my |her |his )?(?:husband|wife|man)\b|\brefusing (?:him|her)\b(?: \w+){0,3}? (?:sin|sinful|against god)\b",
            r"\bno such thing as (?:a )?(?:headache|not in the mood|too tired)\b|\bi (?:must|have to|got to|need to) give (?:him|her) (?:it )?(?:when|whenever|every time) (?:he|she) (?:wants?|demands?|asks?)\b",
            r"\b(?:says|said|tells me|told me) i owe (?:him|her)\b(?: \w+){0,6}? (?:knew|know) what (?:he|she) (?:meant|means|wants|wanted)\b",
            r"\b(?:take|takes|accept|accepts) (?:no|know) for an answer\b (?:in (?:the )?(?:bed|bedroom)|at night|when (?:he|she) (?:has been |is been |is )?drink\w*|about sex|sexually)\b",
            r"\b(?:will not|would not|does not) hear of stopping\b(?!(?: \w+)? (?:for|at|to|on)\b)|\btold (?:him|her) it hurt\b(?: \w+){0,2}? (?:he|she) (?:said|says) (?:tough|too bad|hard luck|so what|shut up)\b|\b(?:said|says) it (?:was|is) too late to stop$",
            r"\b(?:he|she) (?:will not|would not|does not) let me sleep (?:till|until) i (?:do it|give in|say yes|have sex|give (?:him|her) (?:it|what))\b|\bdid (?:stuff|things)\b(?: \w+){0,2}? (?:he|she|i) never (?:agreed|consented) to\b",
            # giving in to end the sulk: till I let him, easier than the row, lie there till it is over
            r"\b(?:(?:sulks?|sulked|sulking|pouts?|pouted|pouting|goes (?:silent|quiet|cold)|went (?:silent|quiet|cold)|will not (?:talk|speak) to me|does not talk to me)\b(?: \w+){0,2}? (?:for )?(?:\w+ )?(?:days|weeks)(?: straight)?|on and on at me|keeps on at me)\b(?: \w+){0,3}? (?:till|until) i (?:let (?:him|her)(?! (?:have|go|get|buy|borrow|use|stay|watch|play|pick|choose|drive|come|keep|win|off|in)\b)|give in(?! and (?:bought|got|booked|let))|gave in(?! and (?:bought|got|booked|let))|say yes(?! to| we| and (?:we|got|bought))|said yes(?! to| we| and (?:we|got|bought)))",
            r"\b(?:easier|quicker|simpler|safer) (?:to |than )?(?:let (?:him|her)|go along with it)\b(?! (?:have|go|get|buy|borrow|use|stay|watch|play|pick|choose|drive|come|keep|win|win|off)\b)(?: \w+){0,3}? (?:than|the row|the mood|the sulk|the fight|it is over)\b|\blet (?:him|her)\b(?: \w+){0,2}? (?:so )?(?:that )?it is over (?:quicker|faster|sooner|with)\b",
            r"\b(?:lie|lay|lying) there\b(?: \w+){0,3}? (?:wait|waiting|until|till) (?:for )?it (?:to be|is) over\b",
            r"\bsex\b(?: \w+){0,6}? (?:so (?:that )?)?(?:he|she) (?:stays|keeps|will be) calm\b|\bgo (?:along )?with it\b(?: \w+){0,3}? (?:when|while|even when|even though|though) (?:you|i) (?:are|am|was|were) (?:crying|in tears|sobbing|sore|in pain)\b",
            r"\b(?:bedroom|in bed|sex)\b(?: \w+){0,8}? (?:insistent|insists|pushy|demanding)\b(?: \w+){0,6}? (?:go along with it|give in|let (?:him|her))\b|\bdread\w* (?:going to bed|bedtime|the nights) with (?:him|her)\b",
            r"\b(?:he|she) (?:\w+ ){0,2}?(?:finishes|carries on|does it|takes it|keeps going)\b whether i (?:am|was) (?:willing |up for it |in the mood |ready |awake |sore |into it )?or not\b|\b(?:takes|took) what (?:he|she) wants\b(?: \w+){0,4}? (?:whether|even|if|when) i\b",
            r"\bi (?:never|did not|do not) (?:say|said) yes\b(?: \w+){0,5}? (?:he|she) (?:takes|took|goes ahead|went ahead|carries on)\b",
            r"\bhave to say yes or\b(?: \w+){0,4}? (?:bad|worse|he will|she will|happen)\b",
            r"\b(?:when|if|whenever|every time) i (?:say|said) no\b(?! to| more| thanks)(?: \w+){0,3}? (?:he|she) (?:sulks?|goes (?:silent|quiet|cold|off)|gets (?:nasty|angry|mad|cross|moody)|pouts|ignores me|will not (?:talk|speak))\b(?: \w+){0,4}? calls me (?:a )?(?:prude|frigid|boring|cold|tease|frigid)\b",
            r"\bif i (?:turn|roll|move|pull) (?:away|over)\b(?: \w+){0,3}? (?:he|she) (?:turns|rolls|pulls|drags|grabs) me\b",
            r"\bi (?:say|said|tell (?:him|her)|told (?:him|her)) i (?:am )?(?:too )?(?:tired|sick|sore|not in the mood|do not want)\b(?: \w+){0,3}? (?:he|she) (?:still force\w*|force|forces|forced|still does it|does not stop|do not stop)\b",
            r"\bi (?:can not|could not) say no\b(?: \w+){0,2}? (?:he|she) (?:does not|did not|will not|would not|never|no) (?:listen|stop|care|hear)\b|\bnot (?:like|as if|as though) i can say no to (?:him|her)\b",
            r"\b(?:makes? fun of|mocks?|laughs? at|insults?) (?:my )?(?:body|me|my \w+)\b (?:during|in|while|when we (?:are )?hav\w*) (?:sex|bed)\b|\b(?:he|she) (?:\w+ )?(?:gropes?|groped|groping) me\b",
            r"\b(?:wants?|wanted|pushes|pushing|pushed|pressur\w*|keeps pushing) me to (?:sleep|have sex|do (?:stuff|things)|hook up|get with) with (?:his|her) (?:friend|friends|mate|mates|boss|brother|cousin)\b",
            r"\b(?:would not|will not|did not|refused to) untie me\b|\btied me up without\b",
            r"\b(?:stepdad|stepfather|step dad|(?:moms|mums) (?:new )?(?:partner|boyfriend|husband|fella|bloke))\b(?: \w+){0,8}? (?:my body|in the shower|in the bath|when i am (?:changing|getting changed|undressed)|into my (?:room|bed) at night|touch\w* me)\b",
            r"\b(?:asks?|asking|asked|wants?|wanted|begs?|pushes|pushing) (?:me )?(?:for )?(?:anal|oral|a blowjob|blowjobs|a threesome|threesomes|nudes)\b(?: \w+){0,8}? (?:said|say|saying) no\b",
            r"\b(?:calls?|called|tell\w*|told)\b(?: \w+){0,3}? (?:i am |me )?(?:a )?(?:frigid|prude)\b(?: \w+){0,7}? (?:if|when|because|whenever|unless) i (?:do not|will not|say no|refuse)\b",
        ),
    },
    "control": {
        "possible": (
            # my money goes to him and comes back as he sees fit; asking, begging, a receipt for every coffee
            r"\b(?:my )?(?:wages|pay|paycheck|pay check|check|salary|pension|benefits|earnings|child benefit)\b (?:\w+ ){0,2}?(?:goes|go|went|is paid|gets paid) (?:straight |directly )?(?:in)?to (?:him|her|his account|her account)\b|\b(?:it all|all of it|everything|every penny) (?:goes|went|go|is paid|gets paid) (?:straight |directly )?(?:in)?to (?:his|her) (?:account|bank|name|pocket)\b(?: \w+){0,4}? (?:he says|and (?:he|she) gives|i get|i never|i have to)\b",
            r"\b(?:gives|give|hands) me (?:back )?(?:what|whatever|only what) (?:he|she) (?:thinks|decides|says|reckons) i (?:need|deserve|should have)\b",
            r"\b(?:gives|leaves|left) me (?:just |only )?(?:enough|the exact money|exactly enough)\b (?:for|to)\b|\b(?:leaves|left) me\b(?: \w+){0,4}? (?:the exact money|exactly enough money|just enough money)\b|\b(?:gives|give) me (?:\w+ ){0,3}?(?:for the week|a week)\b(?: \w+){0,3}? (?:if i need more|and if i need|i have to explain|i have to ask)\b",
            r"\bi (?:have|had|got|need) to (?:ask|beg) (?:him|her)\b (?:for (?:pad|tampon|bus|gas|petrol|food|lunch) money|for (?:a penny|bus fare|money for (?:food|pads|tampons|shampoo|the bus|lunch))|if i (?:can|could) (?:buy|have|get) (?:a |some )?(?:sandwich|coffee|food|lunch|shampoo|pads|tampons|clothes|milk|bread))\b|\bbeg (?:him |her )?for (?:\w+ )?(?:money|cash|bus fare|a penny|food)\b",
            r"\b(?:not|no|have not got|never had) a (?:penny|cent|dollar|pound|bean) (?:that is|of) (?:mine|yours|my own|your own)\b|\bnever (?:once )?had my own money\b|^i get no money$|\b(?:will not|would not|does not|never) give me (?:any of my own|a (?:penny|cent|dime|pound|dollar|bean) of it)\b",
            r"\b(?:handed|hand|handing|turned|turn) (?:over )?(?:all )?my (?:wages|pay|salary|pension|paycheck|pay packet|benefits)\b(?: over)?(?: \w+){0,4}? (?:since|every|each|to (?:him|her))\b",
            rf"{AW} (?:take|takes|took|keep|keeps|kept|holds) all (?:of )?my (?:salary|wages|pay|money|gold|jewel\w*|savings|pension|benefits)\b",
            rf"{AW} (?:has got|is got|got|has|took|takes|keeps|spends) (?:all )?my (?:student loan|grant|bursary|inheritance)\b",
            r"\b(?:send|show|give|hand|text) (?:him|her) (?:a )?(?:photo of |picture of )?(?:the |every |all (?:the |my )?|my )?receipts? (?:for )?(?:every|each|everything|all)\b|\breceipts? for (?:every|each) (?:single )?(?:thing|coffee|item|purchase|penny)\b",
            r"\baccount (?:to (?:him|her) )?for (?:every|each) (?:single )?mile on the (?:odometer|clock|car)\b|\baccount to (?:him|her) for (?:every|each) (?:single )?(?:mile|penny|cent|minute)\b|\b(?:he|she) checks? how much (?:petrol|fuel|gas) (?:is )?in the (?:tank|car)\b",
            r"\b(?:checks?|checking|goes thru|goes through|went through|went thru) my (?:purse|handbag|bag|wallet|pockets)\b(?: \w+){0,5}? (?:when i (?:come|get) (?:in|home|back)|after work|every (?:day|night|time))\b",
            r"\b(?:reads?|checks?) the (?:electric |gas )?meter\b(?: \w+){0,10}? (?:goes off|kicks off|row|shouts|if i)\b|\bi am not (?:to|allowed to) (?:put|turn|have|switch) (?:the |on the )?(?:heating|heat|fire|hot water)\b|\bkeeps the (?:heating )?(?:control|thermostat) on (?:him|her)\b",
            # the clock on me: a curfew, a timer at the shops, the door bolted, the phone taken for being late
            r"\bcurfew (?:for me |on me )?(?:like |as if )?i am a (?:teenager|child|kid)\b|\bif i am not (?:back|home|in) by\b(?: \w+){0,4}? (?:door is|doors|door gets|he) (?:bolted|locked|locks|bolts)\b|\bsets? a timer for how long i\b",
            r"\btext (?:him|her) start and stop\b|\bask (?:his |her )?permission to leave the house\b",
            rf"{AW} (?:decides|decided|chooses) (?:who i (?:ring|call|text|see|talk to)|(?:whether|if) i (?:am allowed to|can) (?:see|go to) (?:a |the )?(?:doctor|doctors|gp|dentist|hospital)|when i (?:take|get) my (?:tablets|pills|meds|medication|insulin))\b|\bi can only (?:text|call|ring|see|talk to|message|phone) (?:who|whoever|the people) (?:he|she) (?:says|allows|lets me|approves)\b",
            # the phone, the papers, the keys, the car: taken, hidden or kept on him
            r"\b(?:he|she) (?:has|keeps|takes|gets) my phone (?:overnight|every night|at night|all night)\b|\bhand (?:my phone|it) over (?:before bed|every night|at night)\b|\b(?:took|takes|pulled|removed) (?:the )?sim (?:card )?(?:out of|from) my phone\b|\bwe share (?:the )?one phone\b(?: \w+){0,3}? (?:his|he is the one|he answers|he keeps)\b",
            r"\bcancel\w* my (?:bank card|card|cards|phone|mobile|phone plan|phone contract|account)\b(?: \w+){0,6}? because i\b",
            r"\b(?:took|takes|taking|is taking|hid|hides|has hidden|locked up) (?:all )?my (?:driving licen[cs]e|licen[cs]e|i d|social security card|birth certificate|documents|passport|papers)\b(?: \w+){0,8}? (?:and hid|hid (?:it|him|them)|hides (?:it|him|them)|so i (?:can not|could not)|i (?:would not|will not) be needing|would not be needing|i (?:can not|could not) (?:go|leave|drive|work)|if i (?:go|leave))\b",
            r"\b(?:got|made|makes|forced|pressured|tricked) me (?:to )?sign (?:the |my |our )?(?:house|home|flat|car|savings|business|property|everything) over\b|\b(?:had|made|got) (?:her|him|me|my \w+) (?:to )?change (?:her|his|my) will\b",
            r"\b(?:has|got|put|installed) my (?:banking|bank) app on (?:his|her) phone\b|\b(?:moves?|moving) (?:everything|it all|my money|all my money)\b(?: \w+){0,3}? (?:out the minute|into (?:his|her))\b|\bchanged the (?:password|pin|login) (?:on|to|for) (?:our|my|the) (?:joint |bank )?account\b",
            r"\bno (?:key|keys) to my own (?:house|home|flat|front door)\b|^no bank card of my own$",
            r"\b(?:takes|took|keeps|kept|has|hides|hid|got) (?:the |both |all the )?(?:spare |car |truck |van )?(?:key|keys|sets of keys)\b(?: \w+){0,6}? (?:i am stuck|i am (?:\w+ )?stuck|so i can not|i can not (?:go|get|leave|drive)|only one who drives)\b",
            # food, medicine and work under his hand
            rf"{AW} (?:rations?|rationed|weighs?|weighed) (?:out )?(?:my|our) (?:food|meals|dinner|portions|plate)\b|{AW} (?:writes|writes down|logs|records) (?:down )?everything i eat\b|\bif i want (?:feeding|food|to eat|fed)\b(?: \w+){{0,4}}? earn it\b",
            r"\b(?:does not|will not|did not|would not) let me eat\b(?: \w+){0,2}? (?:at all|all day|that day|for days|until|till)\b|\bwill not let me add anything\b",
            r"\b(?:gives|hands|doles) my (?:\w+ )?(?:medication|meds|tablets|pills|medicine|insulin) out (?:when|if|whenever) (?:he|she) (?:remembers|feels it|feels like it|wants)\b|\b(?:medication\w*|meds|tablets|pills)\b(?: \w+){0,8}? (?:gives|hands|doles) (?:it|them|him) out when (?:he|she) remembers\b|\bmy (?:medication|meds|tablets|pills|insulin)(?:s| is| are) kept (?:in|by) (?:his|her)\b",
            rf"{AW} (?:controls?|controlled) my (?:\w+ )?(?:medication|meds|tablets|pills|medicine|insulin|prescription)\b|\bgives me (?:only )?(?:half|part) (?:the|my|of my) (?:dose|pills|tablets|meds|medication)\b",
            r"\bhides? (?:them|him|it|my \w+) when (?:he|she) is (?:mad|angry|cross|upset|in a mood)\b|\bmakes? me take (?:pills|tablets|something|stuff|medicine|drugs)\b(?: \w+){0,6}? (?:sleepy|drowsy|out of it|groggy|so i stay)\b",
            rf"\b{_SHUT} (?:let|lets|allow|allows) me (?:to )?(?:work|get a job|have a job|go to work|take a job|keep my job|go back to work)\b|\b(?:gave up|quit|left) (?:my )?(?:work|job)\b(?: \w+){{0,3}}? because (?:he|she) (?:did not|does not|would not) like me (?:earning|working|having)\b",
            r"\b(?:picks?|picked|lays? out|laid out|chooses|chose) (?:out )?what i (?:am|was) (?:to|going to|allowed to) wear\b|\b(?:getting|get) a job\b(?: \w+){0,8}? (?:he|she) (?:will not|would not|does not) let me\b",
            r"\b(?:he|she) (?:\w+ )?makes? me sleep (?:in the car|outside|on the floor|in the garden|in the shed|in the garage)\b",
            r"\b(?:he|she) sits in on (?:all|every) (?:my |of my )?(?:doctors |gp |hospital )?appointments\b|\bsa(?:ys?|id) i (?:had |would )?signed (?:it|them)\b(?: \w+){0,4}? i (?:never|did not)\b|\bforg\w* my signature\b",
            r"\byou learn to ask (?:him |her )(?:for|permission)\b|\byou learn to ask for (?:bus fare|money|every penny|cash)\b|\bwhen you have not got a penny\b",
        ),
    },
    "fear": {
        "possible": (
            # the quiet before it: I know what the silence means, worse than the shouting, reading his face
            r"\bi know what (?:the |that |his |her )?(?:silence|quiet) (?:means|turns into|leads to)\b|\bworse than the (?:shouting|yelling|screaming)\b(?: \w+){0,6}? (?:means|coming|next)\b",
            r"\b(?:went|goes|gone|go) (?:dead|very|completely) (?:quiet|silent)\b(?: \w+){0,6}? i (?:froze|freeze|panicked|panic|was shaking|start shaking)\b",
            r"\b(?:read|reading|watch|watching) (?:his|her) (?:face|mood|hands) (?:the (?:second|minute|moment)|as soon as|trying to (?:work out|guess))\b|\bthe weather on (?:his|her) face\b|\b(?:which|what) version of (?:him|her)\b(?: \w+){0,4}? (?:brace|getting)\b",
            r"\btread on eggs\b|\bdare not put a foot wrong\b|\b(?:temper|moods?)\b(?: \w+){0,8}? (?:not to|nothing) (?:set|sets|tip|tips) (?:him|her) off\b",
            r"\bon (?:edge|guard)\b(?: \w+){0,3}? in case (?:he|she)\b|\bnervous (?:all the time )?at home\b|\bnervous wreck waiting for (?:him|her)\b(?: \w+){0,4}? (?:pub|drinking|club)\b",
            r"\bknot in my (?:stomach|tummy|belly)\b(?: \w+){0,6}? (?:the whole way home|when (?:he|she) is around|at weekends)\b",
            r"\bscar+ed of (?:him|her|he)\b|\bafraid from (?:he|him|her)\b|\b(?:not|never) safe in my own (?:house|home|flat)\b(?!(?: \w+){0,6}? (?:burglar|break in|broken into|robbed|neighbors?|since the))",
            r"\b(?:he|she) (?:is going to|might|will) do something\b(?: \w+){0,3}? (?:this time|tonight|to me|i keep)\b|\bsomething bad is coming\b|\b(?:usually|always) means something is coming\b|\b(?:he|she) has not done anything yet but\b(?: \w+){0,3}? (?:feel|know|scared|afraid|worried)\b",
            r"\b(?:going to|will) (?:really )?(?:lose it|snap|flip|kick off) (?:with|at|on) me\b|\b(?:say|do) the wrong thing\b(?: \w+){0,3}? (?:he|she) (?:will|would|might|is going to) (?:lose it|snap|flip|kick off|go off|go mental|explode)\b",
            r"\b(?:scared|afraid|frightened|terrified) to (?:even )?(?:ask|tell|mention|bring up|raise)\b (?:him|her)\b(?: \w+){0,6}? (?:after last time|or (?:he|she))\b|\b(?:scared|afraid|frightened|terrified) to (?:even )?(?:ask|tell|mention|bring up)\b(?: \w+){0,4}? or (?:he|she) (?:goes|will|gets|kicks)\b",
            r"\b(?:due back|due home|back any minute|home any minute)\b(?: \w+){0,4}? (?:panicking|terrified|shaking|petrified)\b|\bdid not know what (?:he|she) would do (?:when|to me|once)\b",
            r"\b(?:about to be|going to be) in trouble with (?:him|her)\b|\b(?:we all|the kids and me|the kids and i) (?:go|goes|went) (?:silent|quiet)\b (?:when|as soon as|the minute|the second) (?:he|she|dad|my \w+) (?:gets|comes|walks) (?:in|home|back)\b",
            r"\ba fear in me\b(?: \w+){0,6}? (?:before i met|since i met|since (?:him|he))\b|\bkeep (?:my )?(?:shoes|bag|keys|trainers|coat) (?:on|by|next to|under) (?:the|my) (?:bed|door)\b(?: \w+){0,2}? in case\b",
            r"\bof what (?:he|she) is when (?:he|she) (?:has|is) had a drink\b|\b(?:his|her) (?:temper|moods?|drinking|rages?)\b(?: \w+){0,2}? (?:scares?|terrifies|frightens)\b",
        ),
    },
    "stalking": {
        "possible": (
            # he finds me, waits, drives past, watches the house; an order does not stop him
            r"\b(?:even )?after i (?:moved|left|changed)\b(?: \w+){0,4}? (?:he|she) (?:found|tracked|traced|followed) me\b|\bknows where i am\b(?: \w+){0,4}? (?:location|gps|phone) (?:is )?off\b",
            r"\b(?:even though|despite|although|though) (?:there is|i have|i got|we have) (?:an? )?(?:order|injunction|restraining order|protection order|non molestation order|no contact order)\b",
            r"\b(?:messages|texts|calls)\b (?:from )?(?:new|different|unknown|random|private|withheld) numbers?\b(?: \w+){0,4}? (?:i know it is (?:him|her)|it is (?:him|her))\b",
            r"^(?:he|she) is (?:parked|sat|sitting|waiting|standing) (?:outside|at the door|at my door)(?: \w+){0,3}? now$|\b(?:outside|at) my (?:door|house|flat|window)\b(?: \w+){0,2}? (?:will not|would not|refuses to) (?:go|leave|move)\b",
            r"\b(?:he|she) (?:is |was )?(?:waiting|wait|waits|sits|parks|lurks|hangs around) (?:near|outside|by|downstairs|down stairs) (?:my|our) (?:home|house|flat|block|building|door)\b(?: \w+){0,4}? (?:when i|every day|every night|also|again)\b",
            r"\b(?:he|she) (?:is |was )?(?:still )?(?:watching|watches|watched) (?:the|my|our) (?:house|flat|home|place|door|windows?)\b(?! (?:while|when|for us|for me|for (?:the|a) (?:weekend|week)))|\b(?:watch|watches|watching) the (?:house|flat)\b(?: \w+){0,2}? (?:and )?report (?:back )?to (?:him|her)\b",
            rf"{AW} (?:drives?|drove) (?:past|by)\b(?: \w+){{0,8}}? (?:every (?:night|day|morning|evening)|\w+ times a (?:day|night)|all the time|constantly)\b(?! on (?:his|her|the) way)",
            r"\b(?:sits?|sat|sitting|parks?|parked|waits?|waiting) in the (?:car park|parking lot) (?:at|of|outside) my (?:work|job|office|school|college|gym)\b(?: \w+){0,4}? (?:watching|staring|every|at lunch)\b|\bthere (?:he|she) was\b(?: \w+){0,6}? (?:watching|staring at|looking at) (?:me|us)\b",
            r"\bseen (?:him|her) (?:at|by|on|near) (?:the end of )?(?:the|my|our) (?:lane|road|street|drive|close)\b(?: \w+){0,3}? (?:twice|again|\w+ times|every)\b",
            # he asks my people and my places where I am: my friends, my carer, the hotel, my work, the receptionist
            r"\b(?:messag\w*|texting|texts|calling|ringing|asking|asks|made friends with|befriended)\b (?:all )?(?:my|our) (?:new )?(?:\w+ )?(?:friends|mates|housemates|flatmates|carer|colleagues|coworkers|neighbors)\b(?: \w+){0,4}? (?:to find out|asking|to ask|to check) (?:where i|who i (?:am|was|see|go)|what i am (?:doing|up to)|my (?:movements|whereabouts|address|schedule)|if i (?:am|was) (?:home|there|out|with))\b",
            r"\bchecks? the (?:odometer|mileage|miles|trip meter)\b(?: \w+){0,12}? (?:wants to know|asks|demands|questions)\b|\bsomehow (?:he|she) knew (?:which|where|what) (?:pub|bar|club|cafe|place|restaurant|shop|house|street|hotel) (?:i|we) (?:was|were|am|are)\b",
            r"\bmy comings and goings\b|\basking (?:a lot of |lots of )?questions about where i (?:am|live|am staying|work|go)\b",
            r"\b(?:rang|rings|called|calls|phoned|phones) (?:the|my) (?:hotel|work|office|gym|school|college|surgery|hospital|boss)\b(?: \w+){0,6}? to check (?:i|that i|if i|whether i|up on me|where i)\b|\b(?:calls|rings|phones) my (?:work|office|boss)\b(?: \w+){0,4}? times a day\b",
            r"\basks the (?:receptionist|doctor|nurse|gp|teacher)\b(?: \w+){0,2}? what i (?:said|say|told)\b|\bwants to see the (?:appointment )?letter\b(?: \w+){0,4}? (?:phones|rings|calls) (?:him|them)\b",
            # he knows what he could not know: what I searched, said in texts, to my sister when he was not there
            r"\b(?:asks?|asked|knows?|knew) (?:me )?about (?:people|a conversation|conversations|things|someone)\b(?: \w+){0,6}? (?:i (?:never|did not|had not) (?:mentioned|told|said)|(?:he|she) (?:was not|was never) there)\b",
            r"\bknows? (?:what|things|everything|stuff) i (?:searched|googled|looked up|typed|browsed)\b(?!(?: \w+){0,6}? (?:because (?:he|she) was|next to me|beside me|over my shoulder|i showed|i told))|\bknows? (?:things|stuff|what) i (?:only )?(?:ever )?said in (?:texts|messages|private|my messages|dms|emails)\b",
            r"\breads? (?:everything|every (?:text|message|email)|all (?:of )?my (?:texts|messages|emails)) i (?:send|get|receive)\b|\btracks? my (?:uber |lyft |taxi |bolt )?(?:trips|journeys|rides)\b",
            r"\b(?:opens?|opened) (?:all )?my (?:post|mail|letters)\b(?: \w+){0,3}? (?:all of it|every|hospital|private|bank)\b|\b(?:goes|went|go) (?:thru|through) my (?:purse|bag|handbag|wallet|pockets)\b(?: \w+){0,5}? (?:after work|every (?:day|night|time)|when i (?:get|come) (?:in|home|back))\b",
            r"\bchecks? (?:the |my )?(?:fitbit|watch|garmin|step count|steps)\b(?: \w+){0,10}? where i (?:went|go|was|ran)\b|\b(?:knows?|knew) my every move\b|\bspreadsheet of (?:where i|my)\b",
            r"\bknows my (?:schedule|routine|timetable|shifts)\b(?: \w+){0,6}? (?:appears|turns up|shows up|wherever i|everywhere i)\b|\bscreenshot of where i (?:was|am|went)\b",
            r"\bmy locations? (?:is )?on for (?:him|her)\b|\b(?:being|been|is) tracked by (?:him|her)\b|\b(?:made|makes|make) me (?:turn|switch|put) (?:it|location|my location|location sharing|sharing) back on\b",
            r"\b(?:found|there is|there was) (?:an? )?(?:app|program|software|tracker) on my (?:phone|laptop|car|computer)\b(?: \w+){0,3}? (?:i (?:did not|never|do not) (?:install|download|put)|i did not recogni[sz]e)\b",
            r"\b(?:new|different) (?:phone|number|sim)\b(?: \w+){0,4}? (?:within|in) (?:a|one|two|\d+) (?:day|days|hours?|week)\b(?: \w+){0,2}? (?:he|she) (?:had|has|got|knew)\b|\bif i (?:bring|take|have) (?:it|my phone)\b(?: \w+){0,2}? (?:he|she) (?:will|would) know\b",
            r"\btracks? (?:his|her|my) phone\b(?: \w+){0,3}? (?:calls|rings|texts) (?:him|her|me) if (?:he|she|i) (?:goes|go|went) anywhere\b|\bold (?:photos|pictures|posts) of mine\b(?: \w+){0,3}? (?:in the morning|at night)\b",
            # cameras and speakers turned on me
            r"\b(?:set up|uses?|used|hacked|rigged) (?:the )?(?:echo|alexa|speaker|smart speaker|google home|baby monitor|doorbell|camera|cameras)\b(?: \w+){0,3}? (?:to )?(?:listen|spy|watch|record)\w* (?:in )?(?:on|to) me\b|^(?:he|she) is listening (?:to this|in)$",
            r"\b(?:listens?|listening|watches|watching) (?:to |in on )?(?:it|me|us)? ?(?:from|on|through) (?:his|her) phone\b (?:when|while|whenever) (?:he|she) is (?:out|away|at work)\b|\bfrom (?:his|her) phone to (?:mess with|scare|frighten|wind up|confuse|torment) me\b",
            r"\b(?:camera|cameras)\b(?: \w+){0,6}? (?:even|one in) the (?:bedroom|bathroom|shower)\b|\bcameras? everywhere (?:the|in the) (?:bedroom|bathroom)\b|\b(?:camera|cameras)\b(?: \w+){0,6}? in the (?:bathroom|shower)\b|\b(?:installed|put up|put in|fitted|set up) cameras (?:all over|everywhere|in every room)\b(?: \w+){0,14}? (?:watches|asks|checks|knows)\b",
        ),
    },
    "asks_help": {
        "possible": (
            # a number, a line, a place: asked for quietly, for her, for women
            r"\b(?:give|get|send|text) me (?:a |the |that )?(?:number|phone number|line|helpline|hotline)\b(?: \w+){0,4}? (?:quietly|in secret|secretly|for her|for my (?:daughter|sister|friend|mom|son))\b",
            r"\bwhat is the number (?:for|of) (?:the )?(?:abuse|suicide|crisis|domestic \w+|womens|women s) (?:line|hotline|helpline|place|refuge|shelter)\b|\b(?:get|give|put) me (?:through to )?(?:the|a) (?:suicide|abuse|crisis|domestic \w+) (?:line|hotline|helpline|number)\b|\bthat place for women\b",
            # someone to know, someone to tell for me, someone to ring for me
            r"\bi (?:need|want) (?:somebody|someone|anybody|anyone) to know(?:$| what (?:goes on|is going on|happens|(?:he|she) (?:does|did|is doing)))|\b(?:need|want|have) to tell (?:someone|somebody|anyone) (?:what is happening|what is going on|what goes on|what (?:he|she) (?:does|did|is doing))\b",
            r"\b(?:can not|could not) (?:say it|talk|speak|tell) (?:on the phone|out loud|at home)\b (?:in case|because|or) (?:he|she) (?:hears|will hear|listens|might hear|is listening)\b",
            r"\b(?:can|could|will) you (?:please )?tell (?:somebody|someone|anyone|anybody) for me\b|\b(?:can|could|would) you (?:please )?(?:contact|call|ring|get) (?:the )?(?:campus |uni |university |building )?(?:security|police|guards?|cops)\b",
            r"\b(?:can|could|would|will) you (?:please )?(?:ring|call|phone|text|message) my (?:\w+ )?(?:sister|brother|mom|dad|mate|friend|best mate|best friend)\b(?: \w+){0,3}? (?:for me|i am not|i need|to come)\b",
            r"^please (?:can you )?(?:get me|i need) (?:someone|somebody)$|^(?:someone|somebody|anyone|anybody) please$|\bget (?:my \w+|someone|somebody) on the phone please\b",
            # is there anyone who helps with this: a service for women treated badly, people like me
            r"\bis there (?:\w+ ){0,4}?(?:someone|somebody|anyone|anybody|a person|a service|people|a place)\b(?: \w+){0,5}? (?:that|who|which) (?:helps?|deals? with|works with) (?:with )?(?:this (?:kind of |sort of )?thing|people (?:like )?me|relationships where|women (?:who|in|being))\b",
            r"\bpeople (?:like )?me when (?:he|she) is\b|\b(?:being|been|are|is) treated badly at home\b|\bis there (?:a |any )?(?:place|somewhere) (?:i|we) (?:can|could) (?:stay|go|sleep) tonight\b(?! near| in (?:town|the city)| by the)",
            r"\b(?:talk|speak) to (?:a )?(?:real|actual|proper) (?:person|human|someone|counselor)\b (?:about (?:him|her|he|my (?:marriage|relationship|situation|home|life|safety|family|partner)|what|home|us)|tonight|now)\b|\bsomeone (?:to talk to )?(?:who is|that is) on my side\b|\b(?:doctor|someone|somebody) i can (?:speak|talk) to tonight\b",
            r"\bi (?:think )?(?:i )?need (?:some |like )?(?:real|proper|actual|genuine) help\b(?! with (?:my|the|this|a|an|some|homework|work|maths|money)\b)|\bneed (?:some )?help (?:like )?(?:real|actual|proper) help\b",
            r"^(?:he|she) is back\b(?: \w+){0,2}? (?:tell me what to do|what do i do)$|\bwhat (?:do|should|can) i do about (?:him|her)\b(?: \w+){0,3}? (?:out of my depth|scared|frightened|help me)\b|\bwho (?:can|do|should) i report (?:my \w+ (?:partner|wife|husband|girlfriend|boyfriend)|him|her) to\b",
            r"\bi need help (?:getting out|to get out|getting away|to get away)\b(?! of (?:the|this|my|bed) ?\w*)|\b(?:get|getting) out safely\b|\bi need help with something at home\b",
            r"^i am asking for help$|\bneed help\b(?: \w+){0,4}? (?:do not|did not) know who else to (?:ask|turn to|tell|talk to|call)\b|\bcan (?:you )?help me or not\b",
            r"\b(?:ayuda|socorro|auxilio|pomocy|pomoc|tulong|hilfe|aiuto|saidia|bachao)\b|\bhelpme\b",
            r"\b(?:needed|needs|need|wanted) to leave (?:a |their |his |her |my )?(?:partner|he|him|husband|wife) (?:quickly|fast|safely|in a hurry|secretly)\b|\bin a bad way with (?:he|him)\b|\b(?:going on|happening) at home is (?:normal|right)\b",
        ),
    },
    "children_pets": {
        "possible": (
            # a pet put down, starved or "gone missing" at his hand, or held over me
            rf"\b(?:had|have|get|take|took) (?:the |my |our |her |his )?(?:\w+ )?{PET}\b(?: \w+){{0,4}}? put down\b(?: \w+){{0,2}}? (?:to spite me|to punish me)\b|\bput down\b(?: \w+){{0,2}}? (?:to spite me|if i (?:keep|do not|leave|tell|say)|unless i)\b",
            rf"\b{PET}\b (?:died|is dead|went missing|disappeared|vanished)\b(?: \w+){{0,8}}? (?:(?:he|she) did something to (?:it|him|her)|(?:he|she) is been smirking|(?:he|she) has been smirking)\b",
            rf"\b(?:will not|would not|does not|refuses to) feed (?:the |my |our )?{PET}\b(?: \w+){{0,2}}? (?:unless|until|if) i\b|\b(?:{PET}|horses|cows|sheep|cattle|animals)\b(?: \w+){{0,6}}? (?:can|will|could) starve (?:if|unless) i\b",
            rf"\b(?:drove|ran|went) off with (?:the|my|our) {PET}\b(?: \w+){{0,4}}? (?:dead|never see)\b",
            # the children hurt, left, frightened or set against me
            rf"\b(?:pinch\w*|flog\w*|whip\w*) (?:the |my |our |his |her )?{KID}\b|\b{KID}\b(?: \w+){{0,4}}? (?:he|she) (?:shook|shakes) (?:him|her|it)\b",
            rf"\b(?:shut|locked|locks|shuts|put|puts) (?:the |my |our |his |her )?(?:\w+ )?(?:year old|{KID})\b out (?:in|of) (?:the )?(?:garden|cold|house|yard|street|snow|rain)\b(?: \w+){{0,3}}? (?:all night|for hours|as (?:a )?punishment|to punish)\b",
            r"\b(?:leaves|left|leaving) (?:the )?(?:baby|toddler|infant|newborn|little one)\b (?:on (?:his|her|their) own|alone|by (?:himself|herself))\b(?: \w+){0,4}? (?:for hours|all (?:day|night)|in the house|when (?:he|she) is (?:using|high|drunk))\b|\b(?:fell|falls) asleep with the (?:baby|toddler)\b(?: \w+){0,8}? (?:needles|using|high|drunk|wasted)\b",
            r"\b(?:come|came|comes) back from (?:his|her|their) (?:dads|moms|fathers|mothers|dad|mom)\b(?: \w+){0,3}? (?:bruise|bruises|black eye|marks|burn|burns)\b",
            rf"\b{KID}\b (?:were|was|are) in the (?:back|car|back seat)\b(?: \w+){{0,6}}? (?:driving|drove) (?:like a maniac|dangerously|to frighten|to scare)\b|\b{KID}\b (?:heard|hear) the (?:whole )?(?:fight|row)\b|\b{KID}\b (?:have|has) seen (?:a lot )?more than (?:they|he|she) should\b",
            r"\b(?:tells?|told) (?:the |our |my )?(?:kids|children|son|daughter|boys|girls)\b(?: that)? (?:mom|dad|daddy|i) (?:is|am) (?:going to leave (?:him|her|them|us|you)\b(?! at| with| in| for| to| alone| there| here)|a bad (?:father|mother|dad|mom))\b",
            rf"\b(?:will not|would not|refuses to) bring (?:the |my |our )?{KID}\b back\b(?! (?:till|until|before|after|on|this|tonight|today|tomorrow))|\buses (?:him|them|her) to spy on me\b",
        ),
    },
    "fleeing": {
        "possible": (
            # hiding while he searches; not telling him where; where he will look first
            r"\b(?:crouched|crouching|hiding|hidden|hid) (?:behind|under|in)\b(?: \w+){0,8}? (?:he|she) is (?:walking|looking|shouting|searching|outside|coming)\b|\bwith the door (?:barred|barricaded|wedged shut)\b",
            r"\bnot telling (?:him|her) (?:which|where)\b|\bcan not go to\b(?: \w+){0,4}? (?:he|she) (?:will|would|is going to) look (?:there|for me there) first\b|\bget past (?:him|her) first\b",
            r"\bsleeping in (?:my|the) car\b(?: \w+){0,3}? (?:because|as|since) i (?:could not|can not) (?:stay|go (?:home|back))\b|\bstay(?:ing)? (?:at|with) (?:my \w+|a friends?|hers)\b(?: \w+){0,4}? without telling (?:him|her)\b",
            r"\bif i should (?:just )?(?:go|leave) while (?:he|she) is (?:away|out|at work|asleep)$|^we got out\b(?: \w+){0,4}? (?:we are|i am) at\b|\bgo back\b(?: \w+){0,3}? (?:it|he) (?:was not|is not) that bad\b",
        ),
    },
    "threat": {
        "possible": (
            # a veiled word: things will get ugly, lucky it was not worse, careful what I tell the counsellor
            r"\b(?:says?|said|told me)\b(?: \w+){0,3}? things (?:could|will|would|might|are going to) get (?:really )?(?:bad|ugly|nasty|messy|worse) (?:for me|if i (?:go|leave|tell|report|call))\b",
            r"\b(?:will|is going to|would) do for me\b|\bgarden is big enough to bury me\b",
            r"\blucky (?:he|she) (?:did not|didn't) do worse\b|\b(?:better|best) be careful what i (?:say|tell)\b(?: \w+){0,3}? (?:to )?(?:the |my )?(?:counselor|therapist|police|doctor|social worker|anyone|people|lawyer)\b",
            r"\b(?:he|she) (?:said|says|told me)\b(?: \w+){0,2}? people have accidents\b|\b(?:do it|do that) to me without a second thought\b|\bsleep (?:well|tight) while you still can\b|\benjoy your last (?:weekend|day|night|week)$",
            r"\b(?:me va a matar|te voy a matar|voy a matarte|te mato)\b",
        ),
    },
    "violence": {
        "possible": (
            r"\b(?:lump|bump|bruise|cut|gash)\b on my (?:head|face|forehead)\b(?: \w+){0,3}? (?:where|when) (?:he|she)\b",
            r"\b(?:held|pushed|pressed|forced) my (?:hand|arm|face|fingers)\b(?: down)? (?:on|onto|against|into) (?:the )?(?:hot )?(?:hob|cooker|stove|iron|oven|radiator|kettle|fire|grill)\b",
            r"\b(?:he|she) (?:\w+ )?(?:tipped|pushed|threw|knocked|dragged|pulled) me (?:out of|off) my (?:wheelchair|chair|bed|scooter|walker|frame)\b|\blaying into me\b",
            r"\b(?:said|told (?:them|him|her|everyone|the \w+|my \w+)) it was (?:football|the door|a door|the cupboard|an accident|the stairs|a fall|netball|rugby)\b(?: \w+){0,3}? (?:but|really) it was (?:him|her)\b",
            r"\b(?:has thrown|is thrown|thrown|threw|throws) (?:things|stuff|plates|glasses|cups|bottles) at me\b",
        ),
    },
    "weapon": {
        "possible": (
            r"\b(?:he|she) (?:say|says|said)\b(?: \w+){0,2}? (?:go|going to|will|gonna) finish me\b|\bpok\w* me with (?:a|the|his) (?:knife|blade|balisong|screwdriver|scissors|gun)\b",
            r"\b(?:pepper spray|knife|gun|rope|axe|baseball bat|taser|crossbow)\b(?: \w+){0,4}? jok\w*(?: \w+){0,2}? (?:it is|its) for me\b|\b(?:holding|had|grabbed|picked up) (?:something sharp|a blade)\b",
            r"\b(?:talks about|mentions|shows me|cleans|gets out) (?:his |the )?(?:guns?|rifle|shotgun|knives|knife)\b(?: \w+){0,4}? (?:when|whenever|every time|if) i (?:mention|talk about|say|ask)\b",
            r"\b(?:picked up|grabbed|took out|got out|pulled out|reached for) (?:the |a |his )?(?:\w+ )?(?:knife|knives|pistol|gun|hammer|axe|bat)\b(?: \w+){0,3}? (?:while|when|as) we (?:were|are) (?:arguing|fighting|rowing)\b",
            r"\b(?:came|come|comes) back (?:in )?with (?:the|a|his) (?:pistol|gun|rifle|shotgun|knife|axe|machete)\b|\b(?:put|puts|held|holds|pointed|points|waved|waves) (?:it|the knife|a knife|the blade) (?:near|next to|to|at|against) my (?:face|throat|neck|eye|head|chest)\b",
            r"\bwhen we (?:fight|argue|row)\b(?: \w+){0,2}? (?:he|she) (?:takes|gets|brings|pulls) (?:it|the (?:knife|gun|kirpan|blade|machete|bat|axe)|his (?:knife|gun|kirpan|blade|machete|bat|axe|guns|knives)) out\b(?! on)|\b(?:he|she) (?:said|says|told me|reminds me)\b(?: \w+){0,2}? guns? (?:is |was )?loaded\b",
        ),
    },
}
# wave 16 (helper bl), issue 13: harm refused as a boundary ("my boundary is no hitting", "no more shoving, I told
# him", "nobody gets to hit me"): the harm happened or is feared, so a calm check first. Not the rules of a home
# with children or pets ("my boundary for the kids is no hitting", "no hitting your sister"): those words near
# the boundary leave it be. The partner's own "he doesn't get to hit me" is read by the rules above, now that
# the negation blank leaves it (see _NOT_A_DENIAL).
_LIMIT = r"(?:boundary|boundaries|red line|line|limit|deal breaker|dealbreaker|non negotiable|bottom line)"
_HOUSEHOLD = (
    r"(?!(?: \w+){0,8}? (?:kids?|children|child|boys|girls|sons?|daughters?|toddlers?|baby|babies|little ones?|siblings|"
    r"sister|brother|each other|one another|students|pupils|class|team|players|dogs?|cats?|puppy|pets?|school|nursery|playground)\b)"
)
# what follows the harm refused: the end, me, another boundary, "again" (not "hitting snooze", "kicking the ball")
_THEN = r"(?=$| (?:me|again|ever|anymore|any more|or|and|that|this|i|he|she|period|full stop|whatsoever|of any kind|in (?:this|my|our) (?:house|home|relationship))\b)"
_REFUSED = (
    r"(?:(?:i|we) (?:told|tell|said to|warned|have told) (?:him|her|them)|(?:that|this) is my "
    + _LIMIT
    + r"|(?:he|she|they) (?:knows?|has been told|have been told))"
)


def _refused_harm(acts: str) -> str:
    """Harm refused as a boundary: "my boundary is no (more) X", "no more X, I told him", "I told him no more X"."""
    return (
        rf"\b{_LIMIT}\b{_HOUSEHOLD}(?: \w+){{0,6}}? no (?:more )?{acts}{_THEN}"
        rf"|\bno more {acts}(?: me)?{_THEN}(?: \w+){{0,2}}? {_REFUSED}\b"
        rf"|\b(?:told|tell|telling|warned) (?:him|her)\b(?: \w+){{0,2}}? no more {acts}{_THEN}"
    )


_FROM_W16_BL: dict[str, dict[str, tuple[str, ...]]] = {
    "violence": {
        "possible": (
            _refused_harm(
                r"(?:hitting|hurting|pushing|shoving|slapping|punching|kicking|grabbing|shaking|beating|smacking|hair pulling|"
                r"violence|physical violence|physical stuff|getting physical|rough stuff|"
                r"putting (?:his|her|their|your) hands on me|laying (?:a finger|hands|a hand) on me|raising (?:his|her|their|a) hand)"
            ),
            r"\b(?:nobody|no one|noone|no man|no woman)\b(?: (?:else|ever))? (?:gets to|is allowed to|has the right to) (?:ever )?"
            r"(?:hit|hurt|slap|punch|kick|shove|push|beat|grab|smack|lay (?:a finger|a hand|hands) on|put (?:his|her|their|a) hands? on) me\b"
            r"|\b(?:nobody|no one|noone|no man|no woman)\b(?: else)? (?:will|is going to|is ever going to)(?: ever)? "
            r"(?:hit|hurt|slap|punch|kick|shove|push|beat|grab|smack|lay (?:a finger|a hand|hands) on|put (?:his|her|their|a) hands? on) me\b(?: \w+)? again\b",
            r"\b(?:he|she|they) (?:is|are|has|have) not (?:been )?(?:violent|physical|rough)(?: with me)?(?: ever)? (?:again|anymore|any more)\b",
        ),
    },
    "strangulation": {
        "possible": (
            _refused_harm(r"(?:choking|strangling|strangulation|hands (?:on|round|around) my (?:neck|throat))"),
        ),
    },
    "threat": {
        "possible": (
            _refused_harm(
                r"(?:threats|death threats|threats to (?:kill|hurt|hit) me|threatening me|threatening to (?:kill|hurt|hit) me)"
            ),
        ),
    },
    "sexual": {
        "possible": (
            _refused_harm(
                r"(?:forcing me|forced sex|sex when i say no|pressuring me into sex|touching me when i say no)"
            ),
            r"\b(?:he|she|they) (?:does|do|is|are|will|can|would)? ?not (?:get to |allowed to |going to )?(?:ever )?touch me\b(?: ever)? (?:again|anymore|any more)\b",
        ),
    },
    "self_harm": {
        "possible": (
            # the thought is there, and unwanted: "I don't want to hurt myself" (a calm check, not the resources at
            # once); "again" or "anymore" (it has happened) and the words of killing stay clear, above
            r"\bi do not (?:ever )?want to (?:hurt|harm) myself\b(?! again\b| anymore\b| any more\b| or anything\b)",
        ),
    },
}
# wave 17 (helper rf), issue 13: danger the rules missed in blind hand zi (the past, other people's words,
# technology), by family. Harm that "used to" happen and is back ("he used to belt them and it's started again",
# "now he does the same to me"); "it's started again" with the tension building; threats reported by or to
# others ("he told my dad he'd kill him", "or something would happen to me", "he's been saying he'll come for
# me"); tracking by app, camera, account or a shared calendar; an injury asked about and covered up. The near
# misses pass: "my dad used to shout but he was a softie", "he used to be violent but he's changed", location
# shared by agreement, a camera for the dog.
_USED_TO_HIT = (
    r"(?:hit|beat|batter|punch|slap|kick|thump|knock|shove|push|smack|belt|hurt|abuse|attack|leather|whack|wallop)"
)
_NOT_NEVER_AGAIN = r"(?<!\bnever )(?<!\bnot )(?<!\bnot do it )(?<!\bnever do it )again\b"
_SAME_TO_ME = r"(?: \w+){0,8}? (?:and )?now (?:he|she) (?:does|is doing|has started doing|started doing|has started|is starting) (?:exactly )?(?:the same|it|that)(?: thing)? to me\b"
_ASKED_ABOUT_INJURY = (
    r"\b(?:asked|asks|asking) (?:me )?(?:about|how i got|where i got|what happened to) (?:the |my |that |those )?(?:\w+ ){0,2}?"
    r"(?:bruises?|black eye|shiner|marks|fingermarks|finger marks|cuts?|burns?|scratches|swelling|split lip|fat lip)\b"
)
_FROM_W17_RF: dict[str, dict[str, tuple[str, ...]]] = {
    "control": {
        "possible": (
            # locked out of the home's own things: the wifi password changed and kept from me
            r"\bchanged (?:the|our) (?:wifi|wi fi|internet|router|broadband|tv|laptop|computer) (?:password|passcode|pin|code)\b(?: \w+){0,4}? (?:will not|refuses to|would not|does not|never) (?:give|tell|share)\b",
        ),
    },
    "strangulation": {
        "clear": (rf"\bused to (?:choke|strangle|throttle)\b{_SAME_TO_ME}",),
    },
    "violence": {
        "clear": (
            rf"\bused to {_USED_TO_HIT}\b{_SAME_TO_ME}",
            # an injury asked about, then hidden: "I lied", "I said it was the cupboard", "I didn't know what to say"
            rf"{_ASKED_ABOUT_INJURY}(?! on (?:his|her|their)\b)(?: \w+){{0,10}}? (?:i (?:lied|said i (?:walked|bumped|fell) into|said it was the (?:door|cupboard|cabinet|stairs|dog|cat|kids?)"
            r"|told (?:her|him|them) (?:i (?:walked|bumped|fell) into|it was the (?:door|cupboard|cabinet|stairs))|made (?:something|an excuse|up)"
            r"|did not know what to say|did not say anything|could not tell (?:her|him|them)|covered for (?:him|her)))\b",
        ),
        "possible": (
            rf"\b(?:he|she) used to (?:be |get )?(?:violent|rough|physical|handy with (?:his|her) fists|lash out|{_USED_TO_HIT} (?:me|us))\b(?: \w+){{0,12}}? (?:all over )?{_NOT_NEVER_AGAIN}",
        ),
    },
    "children_pets": {
        "clear": (
            # a child's own words: what the child saw ("daddy hurts mummy") and what was done to the child ("daddy squeezed his neck")
            r"\bdaddy (?:hurts|hits|hurt|hit|pushes|pushed|smacks|smacked|kicks|kicked|chokes|choked|slaps|slapped|shoves|shoved|punches|punched|strangles|strangled) mom\b",
            r"\b(?:son|daughter|little one|kid|kids|boy|girl|eldest|youngest|toddler|child)\b(?: \w+){0,4}? (?:says|said|saying|told|tells|keeps saying) (?:\w+ ){0,3}?daddy "
            r"(?:hurts|hits|hurt|hit|smacks|smacked|squeezed|squeezes|chokes|choked|kicked|kicks|grabbed|grabs|shakes|shook|pinches|pinched|slapped|slaps|punched|pushed|shoved|burned|burnt) (?:him|her|his|me|my|them)\b",
            # a child's bruise asked about at school, and the truth not told ("because it was his dad")
            rf"{_ASKED_ABOUT_INJURY} on (?:his|her|their) (?:\w+ )?(?:arm|arms|face|leg|legs|back|neck|cheek|eye|head|wrist|wrists|bum|bottom|ear)\b(?: \w+){{0,10}}? "
            r"(?:i (?:lied|did not know what to say|did not say anything|could not tell (?:her|him|them)|covered for (?:him|her))|it was (?:his|her|their) (?:dad|father|stepdad|mom|mother|stepmom))\b",
            rf"\b(?:he|she) used to {_USED_TO_HIT} (?:the|our|my|his|her|their) (?:old )?(?:{PET}|{KID})\b(?: \w+){{0,8}}? (?:and )?now (?:he|she) (?:is|has) (?:started|starting|begun) on (?:the|our|my|his|her|their) (?:new )?(?:{PET}|{KID})\b",
        ),
        "possible": (
            rf"\b(?:he|she) used to {_USED_TO_HIT} (?:them|him|the kids|the children|the boys|the girls|our kids|my kids|the baby|(?:my|our) (?:son|daughter|boy|girl|boys|girls))\b"
            rf"(?: \w+){{0,10}}? (?:it (?:is|has) (?:started|starting|begun)(?: again)?\b|{_NOT_NEVER_AGAIN})",
        ),
    },
    "threat": {
        "clear": (
            # to someone I love, told to them: "he told my dad he'd kill him if he came round again"
            r"\b(?:he|she) (?:told|said to|texted|messaged|warned|rang|phoned) (?:my|our) (?:dad|mom|mother|father|brother|sister|family|friend|son|daughter|parents|nan|gran"
            r"|best friend|mate|new partner|boyfriend|girlfriend|cousin|uncle|aunt|auntie)\b(?: that)? (?:he|she) (?:would|will|is going to|was going to|is gonna) "
            r"(?:kill|hurt|stab|shoot|batter|beat|smash|break|do in) (?:him|her|them|he|his|their)\b(?! at\b)",
            r"\b(?:or|otherwise|else)\b(?: \w+){0,2}? something (?:bad |terrible |nasty )?(?:would|will|is going to|might|could) happen to (?:me|you|us|the kids|the children|my \w+)\b",
            rf"{AW} {SAY}\b(?: \w+){{0,6}}? (?:he|she) (?:will|would|is going to|is gonna) (?:come|be coming) (?:for|after) (?:me|you|us)\b"
            r"(?! (?:at|in|around|about|after|before|tomorrow|later|when|with|on|from|by|early|soon|once)\b)",
            r"\b(?:hurt|harm|kill|destroy|go after|come after) (?:everyone|everybody|anyone|anybody|the people|all the people|those) (?:i|you) (?:love|care about)\b",
        ),
        "possible": (
            r"\b(?:he|she) (?:will|would|is going to|is gonna|might) do something (?:(?:we|i|you) (?:will|would|are going to|might) (?:both |all )?regret|(?:really )?(?:bad|terrible|drastic|awful))\b",
        ),
    },
    "sexual": {
        "clear": (
            # intimate videos of us shown round ("he's been showing everyone the videos of us")
            r"\b(?:showing|shows|showed|shown|sending|sent|sharing|shared|passing round|passed round) (?:everyone|everybody|people|his mates|his friends|the lads|the group|them|his brother|his family)\b"
            r"(?: \w+){0,2}? (?:the |our |those |some |all the )?(?:videos?|tapes?|clips?|nudes|sex tape) of (?:us|me)\b"
            r"(?! (?:at|from|on|in) (?:the|our|his|her|my|a) (?:\w+ )?(?:wedding|holiday|party|beach|birthday|christmas|honeymoon|trip|concert|gig|race|match|reunion|school)\b| (?:dancing|singing|skiing|surfing|playing|doing karaoke|on stage)\b)",
            r"\bif i (?:do not|did not|will not|refuse to) send (?:him |her )?(?:pictures|pics|photos|nudes|videos|a video|a picture|a photo|naked \w+)\b"
            r"(?! of (?:the|our|my) (?:kids|children|baby|house|dog|cat|garden|car|holiday|receipts?|shopping)\b)",
        ),
    },
    "weapon": {
        "possible": (
            rf"\b(?:used to|would) (?:keep|have|wave|carry|hide|point|pull out|get out|bring out|sleep with)\b(?: \w+){{0,3}}? {WEAPON}\b{NOT_A_WEAPON}(?: \w+){{0,14}}? (?:{_NOT_NEVER_AGAIN}|(?:bought|got|has|found) (?:another|a new) (?:one|gun|shotgun|rifle|knife|pistol)\b)",
            r"\b(?:took|confiscated|seized|removed|taken) (?:his|her|the) (?:guns?|weapons?|firearms?|knives|shotgun|rifle|pistol)\b(?: \w+){0,16}? (?:got|has|bought|found|getting|is getting) (?:another|a new) (?:one|gun|shotgun|rifle|pistol)\b",
        ),
    },
    "stalking": {
        "clear": (
            # at my mum's house, my nan's place (said "mums", "nans": the partner folded, the family not)
            rf"{AW} (?:show\w*|turn\w*|appear\w*|rock\w*|pop\w*) up (?:at|outside) (?:my|her|our) (?:mums|nans|grans|dads|aunties|cousins) (?:house|place|flat|home|door)\b"
            r"(?! (?:with (?:a |some |the |her |his |my )?(?:birthday )?(?:cake|flowers|presents?|gifts?|card|chocolates|shopping|lunch|dinner)|for (?:her|his|the|my|our) (?:birthday|party|tea|dinner|lunch|christmas|anniversary))\b)",
            r"\b(?:new (?:address|place|flat|house|home|number))\b(?: \w+){0,8}? (?:i )?(?:never|did not|have not|had not) (?:gave|give|given|told|tell) (?:it |the address |my address |the new address |my number |the number )?(?:to )?(?:him|he)\b",
        ),
        "possible": (
            r"\b(?:set up|turned on|switched on|put|installed|enabled|added)\b(?: \w+){0,2}? (?:location sharing|find my|life ?360|tracking|gps|my location)\b(?: \w+){0,6}? "
            r"(?:will not|does not|would not|never) let me (?:turn|switch|take) (?:it |that )?off\b"
            r"|\b(?:will not|does not|would not|never) let me (?:turn|switch) (?:off )?(?:my )?(?:location|location sharing|find my|tracking|gps)\b",
            rf"\b(?:doorbell|camera|cameras|cam)\b(?: \w+){{0,6}}? (?:sends|send|alerts|pings|notifies|shows|texts) (?:him|her)\b(?: \w+){{0,6}}? (?:every time|whenever|when|each time) i (?:go|leave|come|get|walk|step|open)\b"
            rf"(?!(?: \w+){{0,8}}? (?:he|she) knows i am (?:safe|home|back|in)\b){I_ASKED}",
            rf"\b(?:app|tracker|black box|box|gps|device|thing)\b(?: \w+){{0,6}}? (?:shows|tells|sends|lets|gives) (?:him|her)\b(?: \w+){{0,3}}? (?:where i|everywhere i|how fast i|every(?:where)? i|where i have been)\b{I_ASKED}",
            r"\b(?:made|makes|forced|forces|making) me (?:share|sync|link) (?:my )?(?:calendar|diary|location|screen time|emails?|accounts?|passwords?|passcodes?|icloud|i cloud|apple id|google account)\b",
            r"\b(?:he|she) (?:knew|knows|knowing) (?:exactly )?(?:what|where|who|when) i (?:\w+ ){0,6}?(?:and|but|even though|when|though) i (?:never|had not|have not|did not) (?:told|tell|mentioned|said)\b",
            r"\b(?:he|she) (?:quoted|repeated) (?:back )?(?:something|things|stuff|a thing|what|word for word) (?:that )?i (?:only )?(?:said|wrote|told|texted|messaged|typed)(?: \w+){0,3}? (?:to|in) (?:my|her|him|a)\b",
            r"\b(?:asking|asks|asked|ringing|messaging) (?:my \w+|people|everyone|around|our \w+|all my \w+)\b(?: \w+){0,2}? where i (?:am|live|am living|am staying|have moved|moved|work)\b(?=(?: \w+){0,8}? (?:him|he|his)\b)",
        ),
    },
    "fear": {
        "possible": (
            r"\b(?:scared|afraid|frightened|terrified|petrified) of daddy\b",
            r"\bit (?:is|has) (?:started|starting|begun) (?:all over )?again\b(?: \w+){0,10}? (?:(?:feel|sense|tell) (?:it is |it )building|(?:like )?(?:it did )?before (?:the|last) time|on eggshells|tiptoeing)\b",
        ),
    },
    "isolation": {
        "possible": (
            # my messages answered in my name, my social media forbidden
            r"\b(?:answers|answered|replies|replied|messages|messaged|texts|texted|writes|wrote|posts|posted)\b(?: \w+){0,4}? (?:pretending|posing|making out) (?:to be|as|he is|that he is) me\b",
            r"\bi am (?:still )?not allowed (?:on )?(?:facebook|instagram|insta|social media|snapchat|tiktok|whatsapp|twitter)\b(?! (?:at|in|during) (?:work|school|class|uni)\b| on (?:shift|duty)\b)",
            r"\b(?:he|she|him|her)\b(?: \w+){0,2}? (?:picks?|picking|starts?|starting|started|picked) (?:a )?(?:fight|row|argument)s? (?:every time|whenever|each time|when) i "
            r"(?:plan|try|want|arrange|go|am going|mention)(?: \w+){0,2}? (?:to )?(?:see|visit|meet|go out|ring|call|spend time)\b"
            r"(?: \w+){0,8}? (?:now )?i (?:do not|never|no longer|stopped|have stopped|can not) (?:go|see|bother|visit|going|seeing)\b",
        ),
    },
}
# -- families written in wave 17 by helper sh (issue 13), from the self-harm, fear and asking-for-help rows no rule heard:
# blind hand zg (the quiet, tired voice) first, then the same classes of every tuning part, sorted by meaning. Each family
# is held to everyday near misses of its own words (tired, "I could sleep for a week", pills for a headache, a wedding
# date, spiders, a work meeting, a surprise party, the dog at the kennels: tests/test_safety_w17_sh.py). The rules read
# normalised text: "so", "just", "really", "right", "always", "like", "a bit", "i think", "you know" are dropped; "she",
# "they" read "he", "them" reads "him", the partner (however named) reads "he"/"him".
_PILLS = (
    r"(?:pills|tablets|meds|medication|medicine|antidepressants|painkillers|sleeping (?:pills?|tablets?)|paracetamol|insulin"
    r"|morphine|codeine|co codamol|tramadol|diazepam|valium|oxy\w*|prescriptions?)"
)
# the strong ones only: "took all of my tablets an hour ago" is a morning's medicine
_STRONG_PILLS = (
    r"(?:sleeping (?:pills|tablets)|antidepressants|painkillers|paracetamol|morphine|insulin|diazepam|codeine|tramadol)"
)
_KIN = r"(?:mom|dad|sister|brother|son|daughter|nan|gran|niece|nephew|cousin|aunt|auntie|uncle|friend|flatmate|best friend)"
_TREASURE = r"(?:dog|dogs|cat|cats|pets?|puppy|ring|rings|jewellery|jewelry|necklace|bracelet|watch|guitar|medals)"
# the sound of him coming in: his key, his car, his boots (not his voice: "dreading his voice on the phone" is news)
_HIS_COMING = (
    r"(?:(?:hear|hearing|heard|the sound of) (?:his|her) (?:\w+ )?(?:key|keys|car|truck|van|ute|boots|footsteps)"
    r"|(?:his|her) (?:\w+ )?(?:key|keys|car|truck|van|ute|boots|footsteps) (?:in the (?:door|lock|drive)|on the (?:porch|stairs|drive|gravel)|pull\w* (?:in|up|into)|com\w*)"
    r"|(?:he|she) (?:gets|comes|walks|is due|is) (?:home|in|back)(?! (?:from|safe)\b))"
)
_BLOWS = (
    r"(?:get (?:angry|mad|set off|wound up|cross|nasty|violent)|gets? set off|kick off|kicks off|go off|goes off|explode|explodes|lose it|loses it"
    r"|blow up|blows up|snap|snaps|flip|flips|go mental|goes mental|go mad|goes mad|go nuts|lash out|lashes out|take it out on (?:me|us|the kids))"
)
_FROM_W17_SH: dict[str, dict[str, tuple[str, ...]]] = {
    "self_harm": {
        "clear": (
            # means gathered: pills put aside instead of taken or saved for months, enough of them to do it, all of them out
            rf"\b(?:putting|put|keeping|kept|hiding|hid|saving|saved|stashing|stashed)\b(?: up| away| aside)?(?: \w+){{0,2}}? (?:my |the |his |her |some |all my )?{_PILLS}\b(?: (?:up|away|aside))?(?: \w+){{0,6}}? (?:instead of|rather than|not) taking (?:him|it|them)\b",
            rf"\b(?:saving|saved|stashing|stashed|hoarding|hoarded|collecting|collected|stockpil\w*|squirrel\w*)\b(?: up| away| aside)?(?: \w+){{0,2}}? (?:my |the |his |her |some |all my )?{_PILLS}\b(?: \w+){{0,3}}? (?:for (?:about |over |nearly |almost )?(?:\w+ )?(?:weeks|months)(?: now)?(?: in (?:a|my|the) (?:drawer|draw|box|bag|tin|sock|wardrobe))?|in (?:a|my|the) (?:drawer|draw|sock|shoebox|shoe box|tin)(?: now)?)$",
            rf"\b(?:got|have|have got|enough|all (?:my|the|his|her))\b (?:\w+ )?{_PILLS}\b(?: \w+){{0,3}}? (?:to do it$|to end it\b(?! with)|to finish it\b|to not wake up\b|in my hand$|(?:out|laid out) (?:on the table|in front of me|on the bed|on the floor)\b(?! (?:to sort|for the (?:week|month)|to fill|to count|for the pharmacy|for the chemist)\b))",
            rf"\b(?:take|swallow|down)\b (?:everything|every (?:pill|tablet)|all the {_PILLS}) in (?:the|my|his|her) (?:\w+ )?(?:cabinet|cupboard|drawer|bathroom|house)\b(?! (?:to|back|out|for)\b)",
            rf"\b(?:think\w*|thought|tempt\w*|urge)\b (?:about |of )?(?:taking|swallowing|injecting|having) (?:all|the whole lot of|every one of) (?:of )?(?:my|his|her|the) (?:\w+ )?{_PILLS}\b(?! (?:with|at|in the morning|before|after|together at|with (?:food|breakfast|dinner|lunch))\b)",
            rf"\b(?:swallowed|downed) the whole bottle\b(?! of (?:wine|vodka|water|coke|juice|milk|prosecco|champagne|beer|gin|rum|whisky|cough|squash)\b)|\btook all of (?:my|the|his|her) {_STRONG_PILLS}\b(?: \w+){{0,2}}? (?:ago|tonight|just now)\b",
            rf"^(?!.*\b(?:headache|migraine|back|period|flu|cold|tooth|toothache|pain|fever|hangover|cramps|sprain\w*)\b).*\b(?:took|taken|swallowed|downed|had) (?:a (?:load|lot|bunch|handful|box|packet|strip|whole box|whole packet)|loads|a pile) (?:of )?(?:my |his |her |the )?{_PILLS}\b(?! for\b| because\b)",
            # the car, the hosepipe, the rope, the gun "for me not him", blades kept close
            r"\bhose ?pipe\b(?: \w+){0,6}? (?:exhaust|(?:i )?know (?:exactly )?where i (?:would|will|am going to) go)\b|\bexhaust\b(?: \w+){0,3}? hose ?pipe\b",
            r"\bhow easy it (?:would|could) be to (?:leave the (?:engine|car|motor) running|go over|step off|drive off|not wake up)\b",
            r"\b(?:got|bought|have|have got|found) (?:the|a|some) rope\b(?: already$| ready$| for (?:an hour|hours|ages)\b| (?:hidden|stashed)\b| just in case\b)",
            r"\b(?:sitting|sat|sit|in)\b (?:in )?(?:the |my )?(?:garage|shed|loft|attic|barn|woods|ute|truck)\b(?: \w+){0,2}? with (?:a |the |his |my )?(?:rope|razor|blade|hose ?pipe)\b"
            r"|\b(?:sitting|sat|sit|in)\b (?:in )?(?:the |my )?(?:garage|shed|loft|attic|barn|woods|ute|truck)\b(?: \w+){0,2}? with (?:a |the |his |my )?(?:shotgun|gun|rifle)\b(?: \w+){0,3}? (?:for (?:an hour|hours|ages|a long time)|thinking|crying|in the dark)\b",
            r"\b(?:gun|guns|shotgun|rifle|pistol|revolver|firearm)\b(?: \w+){0,16}? (?:for me not (?:for )?(?:him|he|her)|not for (?:him|he|her) for me)\b",
            r"\b(?:got|have|took|taken) (?:dads|his|my|the|grandads) (?:\w+ )?(?:shotgun|gun|rifle|pistol|revolver)\b (?:out|down)\b(?: \w+){0,5}? (?:not sure i want to put it (?:back|away)|do not want to put it (?:back|away))\b",
            r"\b(?:razor|razors|blade|blades|razor blades)\b in my (?:pencil case|school bag|bra|sock|phone case|pillowcase)\b|\b(?:razor|razors|blades)\b(?: \w+){0,8}? (?:started|start|been) buying (?:him|them|more|some) again\b",
            r"\b(?:everything|all) i need\b(?: \w+){0,2}? to (?:end it|end it all|end things|end my life|go through with it|finish it all|finish myself)\b(?! with| between)|\b(?:out|away|empty|gone)\b(?: \w+){0,4}? (?:everything|all) i need (?:here )?to (?:finish it|do it)$",
            r"\b(?:knife|blade|razor|scissors|shard|glass)\b(?: \w+){0,8}? (?:holding|held|hold|pressing|pressed|press|put|putting) (?:it|him|them) (?:against|to|on|across) my (?:wrist|wrists|throat|neck)\b",
            # cutting and burning again, said lightly
            r"\bburn(?:ed|t|ing|s)? meself\b(?: \w+){0,2}? (?:with (?:a|the|my) (?:lighter|cigarette|match|matches|fag)|on purpose|again)\b|\b(?:cut|hurt|harm|kill)(?:ting|ing)? meself\b",
            r"\bi cut again\b(?: last night| tonight| today| this morning| yesterday)?(?: \w+){0,4}? (?:deeper|where (?:no one|nobody) (?:can )?sees?|tops of my legs|not deep|stops the noise)\b",
            r"\b(?:and|then) cut my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach) again\b(?! (?:on|opening|chopping|cooking|shaving|at work|in the kitchen)\b)",
            # the means looked up, and the looking hidden
            r"\b(?:read|reading|looked|looking|look|looks|googl\w*|search\w*|research\w*)\b (?:about |up |into |at |for |online )?(?:online )?(?:the )?(?:ways|methods)\b(?: online)? (?:to do it|of doing it) (?:painlessly|that would ~|that would not hurt|without (?:pain|it hurting))|\bpainless ways to do it\b",
            r"\b(?:quickest|easiest|best|least painful|fastest|painless) way\b(?! to (?!do it|die|end)\w| (?:home|there|round|around|in|into|out|from|back)\b)(?: (?:last night|yesterday|this morning|tonight))? (?:and )?(?:then )?(?:cleared|deleted|wiped|cleaned) (?:my |the )?(?:history|search|searches|browser)\b",
            r"\b(?:researched|googled|looked up|read up on|checked|searched)\b (?:the |a )?(?:lethal |fatal |overdose )?dose\b(?: \w+){0,8}? (?:deleted|cleared|wiped) (?:my |the )?(?:history|search|searches)\b",
            rf"\bworked out how many (?:of )?(?:my |the |his |her )?{_PILLS}\b(?! (?:i (?:need|have|take|should)|to take|are left|left|for|per|a day|each|in the box)\b)",
            rf"\b(?:look\w* up|googl\w*|search\w*|research\w*|worked out|work\w* out)\b how many (?:of )?(?:my |the |his |her )?{_PILLS}\b(?: \w+){{0,2}}? (?:it would take|it takes|would (?:kill|be enough)|to (?:die|end it|not wake))\b",
            r"\b(?:looking at|checked|checking|looked at|look at) the train (?:times|timetable)\b(?: \w+){0,3}? not (?:for|to|because) (?:going|get|catch|getting) (?:anywhere|on)\b",
            # a plan and a time: the day picked, the house empty (said last), the date in mind, how decided, "I'm going to"
            r"\b(?:planned it|got it (?:all )?planned(?: out)?|have it (?:all )?planned(?: out)?|it is (?:all )?planned|picked a day|picked the day|chosen a day|chose a day|set a date|have a plan|got a plan)\b(?! (?:for (?:a|the|my|our|his|her|your|it|him|us) (?!house)\w|with|to (?!do it))\b)(?: \w+){0,6}? (?:when|while|once|after|need|needs) (?:the house (?:is|to be) empty|(?:he|the kids|my kids|the children|my parents|my flatmate|my \w+|everyone) (?:\w+ ){0,2}?(?:go|goes|are away|is away|away|are out|is out|at|on nights|back to school|go to)\b)(?: \w+){0,2}$",
            r"\b(?:a|the) (?:date|day) in my head\b(?! for\b)|\bgot a date\b(?: \w+){0,3}? not far off\b|\b(?:a|the) plan and (?:a|the) date\b",
            r"\bdecided how (?:i would|i will|i am going to|to) do it$|\b(?:do it|doing it|it happens)\b(?: \w+){0,8}? (?:the kids|the children|my kids|he|nobody|no one|my \w+) (?:do not|does not|will not|would not|wont|never) (?:find|see) me\b",
            r"\b(?:tonights|tonight is) the night i am going to (?:end it|do it|go)\b(?! with| for| to\b)|\b(?:tonight|today|this weekend|tomorrow) i am going to do it\b(?! for| to\b)(?: \w+){0,3}? (?:i have|got) everything (?:ready|sorted|planned|in place)\b",
            r"\b(?:counselor|therapist|doctor|gp|nurse|psychiatrist|psychologist|social worker|crisis \w+|mental health \w+) asked (?:me )?if i (?:had|have|was having) (?:a plan|any thoughts|thoughts|dark thoughts|been thinking)\b(?: \w+){0,6}? (?:said no but|lied|was not true|is not true|was a lie|did not tell)\b",
            r"\b(?:do not think (?:i will|ill)|i will not|i probably will not|not going to) be (?:around|here|alive) (?:much longer|for much longer|long enough to (?:need|see|worry))\b(?! (?:at|in) (?:work|the (?:office|job|meeting|party)|this (?:job|town|house|place))\b)(?!(?: \w+){0,4}? (?:contract|notice|job|moving|move|lease|shift|visa|term)\b)",
            r"\bwant to end it(?: to be honest)?$|\b(?:do not think i|not sure i) want to (?:live|be alive)\b(?! (?:in|with|there|here|near|abroad|on)\b)",
            # the places to fall from, stood at now or gone back to; the car driven off
            r"^(?:i am|im) (?:\w+ ){0,2}?(?:on|up on|standing on|standing at|sitting on|stood on|sat on|on top of|at) (?:the|a) (?:edge of (?:the|a) (?:platform|bridge|cliff|roof|building)|bridge|ledge|cliff|cliff edge|roof|rooftop|parapet|railing|railings)\b(?: of (?:the|a) (?:\w+ ){0,2}?(?:multi storey|car park|building|block|flats|tower))?(?: near (?:my|the) \w+)?(?: now| tonight| again)?$",
            r"\b(?:stood|stand|standing)\b (?:on|at) the (?:\w+ )?(?:bridge|ledge|cliff|edge|roof|overpass)\b(?!(?: \w+){0,10}? (?:watch\w*|fireworks|boats?|view|sunset|sunrise|photos?|pictures?|birds|trains|parade|race|marathon)\b)(?: \w+){0,10}? (?:and )?i am going back (?:tomorrow|tonight|again|later)$",
            r"\bstopping the car and (?:going|driving|jumping|walking) (?:over|off)\b",
            r"\b(?:stand|standing|stood|go up|went up|sit|sitting)\b(?: \w+){0,6}? (?:bridge|cliff|ledge|rooftop|roof|balcony|multi storey|car park|\w+ floor|top floor|top of the (?:car park|multi storey|building|block|flats|tower|cliff))\b(?: \w+){0,3}? and (?:i )?(?:think )?about (?:it|stepping off|jumping|going over|falling)$",
            r"\bif i (?:step|stepped|walk|walked|jump|jumped|ran|run) (?:out )?in front of (?:a|the) (?:truck|bus|car|train|lorry|van|tram)\b(?: \w+){0,3}? (?:it would (?:all )?(?:stop|end|be over)|that would be (?:it|that)|no one would|i would not have to)\b",
            r"\b(?:driv\w*|drove)\b(?: \w+){0,6}? (?:go|goes|went|going|drive|driving) (?:way )?too fast on purpose hoping\b",
            r"\beasier (?:for everyone |for everybody )?if i (?:drove|crashed|walked|stepped|ran) (?:into|off|in front of) (?:something|a tree|a wall|a bus|a lorry|the (?:river|sea|water|traffic))\b",
            # goodbyes, letters written to two of them already, the last word
            r"\b(?:goodbye|good bye)\b(?: \w+){0,4}? (?:did not|does not|would not) (?:know|understand|get) (?:what i meant|why)\b|\bsounded (?:as if )?i was saying goodbye\b(?: \w+){0,6}? (?:i was|i am|i kind of was)$|^goodbye i (?:wanted|want) (?:someone|somebody|you|anyone) to know$",
            rf"\b(?:wrote|written|writing|write) (?:the |my |some )?letters (?:to|for) (?:my |the )?{_KIN}s? and (?:my |the )?{_KIN}s?\b(?: \w+){{0,2}}? (?:already|tonight|last night|this morning|just in case)$",
            r"\bleft (?:a|the) note on the (?:kitchen )?table and i am (?:going out|off|leaving) now$",
            r"\b(?:the last time|last time) (?:anyone|anybody|you|everyone|people|any of you) (?:will|is going to|are going to|will ever) (?:hear from|see|hear) me\b(?! (?:about|on|until|till|before|for (?:a|the))\b)",
            # keepsakes given with a word of going; affairs closed with nothing left to do; the insurance worth more than me
            rf"\b(?:gave|given|giving|give|handed|passed)\b(?: \w+){{0,4}}? (?:my |the |our |his |her )?(?:\w+ )?{_TREASURE}\b(?: \w+){{0,14}}? (?:before i go$|for (?:a )?(?:little )?while but it is not$)",
            rf"\b(?:gave|given|giving|give|handed|passed)\b(?: \w+){{0,4}}? (?:my |the |our |his |her )?(?:\w+ )?{_TREASURE}\b(?: \w+){{0,14}}? (?:will not|would not|shall not) be needing (?:him|it|them|any of it)\b(?! (?:in|at|now|since|after|because|for|this|when|once|until|till|while|during|there|here)\b)",
            r"\bsorted (?:the will|my will)\b(?: \w+){0,8}? nothing left to do\b",
            r"\blife insurance\b(?: \w+){0,10}? (?:worth more|pays (?:out )?more)\b(?: \w+){0,3}? than (?:i am|me|i am worth)\b",
            # the wish said plainly: easier if I were gone, dead sounds alright, everyone would manage, thinking of not being here
            r"\beasier it (?:would|will|could) be (?:for (?:everyone|everybody|all of (?:him|them)|the kids|my family) )?if i (?:was|were) (?:not (?:here|around|alive)|gone|dead)\b",
            r"\bif i (?:was|were) dead\b(?: \w+){0,4}? (?:sounds|seems|feels) (?:alright|all right|good|okay|ok|nice|fine|tempting)\b",
            r"\beveryone would manage\b(?: \w+){0,2}? without me\b(?! (?:for|while|when|at|on|this|next|today|tomorrow|tonight|if|until|till)\b)",
            r"\b(?:picture|picturing|imagine|imagining|think\w*|thought) (?:about |of |bout )?(?:not being alive|not being here anymore|not being here any more|not existing)\b",
            # told to die, and agreeing: "he said I should top myself and maybe he's right"
            r"\b(?:top myself|kill myself|killed myself|go die|should die|should be dead)\b(?: \w+){0,8}? (?:he is right|he was right|he has a point|(?:thinking |days )?he (?:is|was)$|(?:thinking |think )?about (?:actually )?doing it$)|\b(?:think|thinking|days) about (?:actually )?doing it$",
        ),
        "possible": (
            # passive wishes: not to wake, to be gone, to stop existing, out of everything, for it all to stop
            r"\b(?:welcome it|be relieved|relieved|a relief|would not mind|be glad|be grateful|be a blessing|not be sorry)\b(?: \w+){0,4}? (?:if i |i )?(?:never|not|did not) (?:woke|wake|waking) up\b(?! (?:early|at|before|until|till|to|in the night|for|when|with)\b)|\bgood day would be not waking up\b(?! (?:early|at|before|to (?!be honest))\b)",
            r"\bif i (?:died|passed|went|slipped away) in my sleep\b(?: \w+){0,4}? (?:relieved|relief|would not mind|be glad|be fine|okay|blessing|mercy|would not care)\b|\b(?:took|take) me in my sleep\b(?: \w+){0,2}? (?:would not mind|relief|blessing|be glad)\b",
            r"\b(?:stopped|stop|do not|no longer|does not)\b (?:caring|care) (?:whether|if) i (?:wake up|wake|am alive|am dead|live or die|live|die|survive|make it)\b(?! up (?:early|late|on time|in time|at)\b| (?:early|late|on time)\b)",
            r"\b(?:stop|stopped) existing\b|\bnot (?:wanting|want) to exist\b|\bwhat if i (?:did not|do not|no longer) exist(?:ed)?\b|\babout not (?:wake|waking) up anymore\b",
            r"\b(?:i want|i wanna|i would rather|i would like|i wish i could|i would sooner) (?:to )?be gone\b(?! (?:for|from|by|before|when|on|at|till|until|away|in|out|with)\b)",
            r"\b(?:rather|sooner) (?:be dead|die|be gone)\b than (?:go|going) (?:back|home)\b(?! to (?!him\b|he\b|that house\b)\w)|\brather (?:go|die|be dead|be gone|not wake up) than (?:carry on|go on|live|keep going|keep living|be alive|be here)\b",
            r"\bwant out\b(?: \w+){0,8}? out of (?:everything|life|it all)\b|\bmeant (?:done )?with life\b",
            r"\b(?:all of it|it all|everything) to (?:stop|end) for (?:good|ever)\b|\b(?:waiting|wait) for it all to be over$",
            r"\bhow (?:peaceful|easy|quiet|nice|simple) it (?:would|will|could) be to (?:stop|slip (?:under|away)|not (?:wake|come back|be here)|drift off|let go)$|\b(?:thinking|wondering) (?:that )?(?:it is )?time to (?:stop|let go)$|\b(?:tired of|exhausted from) (?:fighting|trying|struggling)\b(?: \w+){0,5}? i should let go$",
            r"\bgo to sleep and not (?:have to )?(?:deal with|face|do) (?:any of it|it|anything)\b(?: \w+){0,2}? (?:ever again|again)\b|\blie down\b(?: \w+){0,3}? in the (?:snow|cold|river|sea)\b(?: \w+){0,3}? (?:drift off|fade|sleep|not get up)\b",
            r"\b(?:hope\w*|wish\w*|pray\w*)\b(?: \w+){0,3}? (?:the )?(?:cancer|tumor|tumour|illness|heart attack) (?:comes|come|would come|will come|came) back\b|\bwish (?:it was|it were) me with the (?:cancer|illness|tumor|tumour)\b",
            r"\beasier (?:for everyone |for everybody )?(?:to|if i) (?:disappear|disappeared|vanish|vanished)\b(?! (?:for|to|into|under|from|off)\b)|\bonly one way out\b(?! of (?:the|this|that) (?:car park|building|maze|estate|village|room|cul de sac|place|street)\b)",
            # not minding what comes: a bus, a plane, a wheel turned, the sea, the edge of the platform
            r"\bif (?:something|anything) (?:happened|happens|were to happen) to me\b(?: \w+){0,5}? (?:would not|not|do not think i would) (?:fight it|mind|be sorry)\b|\bwould not (?:mind|care) if (?:something|anything) (?:happened|happens) to me\b(?! (?:that|for once)\b)",
            r"\b(?:if i got hit by|if a) (?:a )?(?:car|bus|lorry|truck|train|van)\b(?: \w+){0,4}? (?:solve|sort|fix)\w* (?:a lot of|all|everything|all my|most of)\b|\b(?:relief|relieved|blessing|welcome)\b(?: \w+){0,3}? if i (?:got|get|was|were) (?:hit|run over|knocked down|killed)\b",
            r"\bif (?:a|the) (?:bus|car|lorry|truck|train|van|taxi|plane) (?:hit|hits|ran|runs|took|takes|crash\w*)\b(?: me)?(?: \w+){0,4}? (?:i )?would not (?:be )?(?:that |so |too )?(?:sorry|bothered|upset|sad)\b|\bif i crashed (?:the|my) car\b(?: \w+){0,8}? would not be (?:that |so |too )?(?:bothered|sorry|upset)\b",
            r"\b(?:would not|do not|would not really|not) (?:care|mind|be sorry|be bothered)\b(?: \w+){0,2}? if (?:the|my) (?:plane|flight|car|bus|train|ferry) (?:went|goes|came|comes|crashed|crashes) (?:down|off)?\b|\b(?:plane|flight)\b(?: \w+){0,2}? (?:went|goes) down with me (?:on it|in it)\b",
            r"\b(?:hope|hoping|wish|wishing)\b (?:that )?(?:a|the) (?:bus|car|lorry|truck|train|van) (?:hits|hit|would hit|will hit|runs over|takes) me\b",
            r"\bif i (?:turned|turn|jerked|yanked|pulled) the (?:steering )?wheel\b(?: a (?:bit|little))?$|\bwish the car would (?:go|drive|veer|swerve) (?:off|over|into)\b",
            r"\b(?:think\w*|thought|easier|tempt\w*|wish\w*)\b(?: \w+){0,6}? (?:swim\w*|swam|walk\w*|wad\w*) (?:out )?(?:into the (?:sea|ocean|river|lake)(?:$| and (?:not|never|keep))|out too far)",
            r"\bslip (?:under|beneath)\b(?: \w+){0,4}? (?:not|never) (?:come|coming) (?:back )?up\b",
            r"\b(?:platform|bridge|tracks|train|ledge)\b(?: \w+){0,10}? how (?:quick|quickly|easy|fast) it (?:would|could|will) be$",
            r"\b(?:swerve|swerved|brake|braked|move|moved)\b(?: \w+){0,8}? part of me (?:did not|does not) want to\b",
            r"\b(?:stand|standing|stood)\b (?:close to|near|at|right at) the edge\b(?: \w+){0,2}? (?:and wait|and think|waiting|thinking|and look)\b",
            # what is the point; no reason to get up; no next year; tired of being me; in the way; a burden to my kids
            r"^(?:whats|what is) the point(?: anymore| any more| of (?:any of it|anything|it all))?\b(?! (?:on|in|at|to|with|about|if|when)\b)(?: \w+){0,3}?$|^no point(?: anymore| any more| in anything)?$|\bno point anymore$",
            r"\bwhats (?:even )?the point(?: anymore| any more)?$|\bwhats (?:even )?the point of (?:any of it|anything|it all|me)\b(?! (?:on|in|at|to|with|about|if|when)\b)",
            r"\b(?:why i bother|reason to keep|reasons? to keep) getting up\b(?! (?:early|at|to|for|and)\b)|\b(?:see|see a|see the) (?:single )?(?:point|reason) (?:of|in|to) (?:keep )?getting up\b(?! (?:early|at|to|for)\b)",
            r"\b(?:run|ran|running) out of reasons\b(?! (?:to|for|why) (?!live|stay|keep|go on|carry on|be here)\w)|\b(?:do not|can not) see a reason to (?:keep going|go on|carry on|live|stay)\b",
            r"\blifes (?:not|no) worth (?:it|living)\b(?! without\b)|\bbothered (?:living|being alive|staying alive)\b(?! (?:in|with|like|here|there|next)\b)|\bno light at the end of (?:anything|it all|any of it|everything)\b",
            r"\b(?:can not|do not) (?:see|picture|imagine) (?:a future|any future|next year|myself next year)\b(?:$| at all| for me| anymore| ahead)|\b(?:do not|never) want there to be (?:a |another )?(?:tomorrow|next (?:day|week|year)|morning)\b",
            r"\bdo not think there (?:is going to be|will be) (?:a |another )?(?:weekend|christmas|tomorrow|next (?:week|year)) for me\b(?! (?:i am|because|with)\b)",
            r"\btired of being me\b(?! the\b)|\bgiven up on (?:everything including myself|life|living)\b|\bpast everything\b$",
            r"\bpointless\b(?: \w+){0,4}? me being here\b|\bi am only in the way$|\bwhat(?:s| is) the use of me(?: anymore| any more| anyway)?(?=$| i am\b| im\b)",
            r"\bi (?:feel )?(?:i am )?taking up (?:room|space|air|oxygen)$|\bi feel (?:such )?a burden (?:on|to) (?:him|he|my (?:kids|children|son|daughter|family))\b(?! (?:when|since|while|with|asking|because of|after)\b)|\bi am a burden to my (?:son|daughter|kids|children|family)\b",
            r"\bi am only still (?:here|alive|around) (?:because of|for) \b|\bthe only (?:thing|one|person) (?:stopping|holding) me (?:back )?(?:is|are) (?:my|the) (?:kids|children|daughter|son|dog|cat|mom|dad|grandkids|family|sister|brother|baby|girls|boys|faith)$",
            r"\bme out of the picture for good\b|\bwho would (?:get|have|take|look after|raise) the kids if i (?:was|were) not (?:around|here)\b(?! (?:for|at|on|when|tonight|tomorrow|this|next|in the|by)\b)",
            r"\b(?:eat|eating|ate)\b(?: \w+){0,4}? (?:did not|do not|can not|could not) see (?:the point|what it is for)\b|\bsee the point of eating\b",
            # hints of intent disclaimed; the means thought about or stared at; dark thoughts back; a voice
            r"\bnot (?:going to|gonna|about to) do anything (?:stupid|silly|daft|drastic|to myself)\b(?: (?:tonight|today|now|yet))?(?: probably\b|(?: \w+){0,4}? (?:think|thinking|thought) about it (?:a lot|all the time|more|every)\b| but (?:if|i wish)\b)",
            r"\btop myself\b(?: \w+){0,10}? (?:no but|thinking about it|more than i should)\b|\bonly thing i (?:thought|think) about\b(?: \w+){0,3}? (?:was|is) ending it$",
            rf"\b(?:thinking|think|thought) about (?:my|the|his|her|dads) (?:\w+ )?(?:pistol|gun|shotgun|rifle|rope|{_PILLS})\b(?: \w+){{0,3}}? (?:more than i should|for me|too much)\b",
            r"\b(?:having|had|have|get|getting|got) (?:those|the dark|dark|the old|the bad) thoughts again\b(?! about (?!it|dying|ending|not)\w)|\bthoughts again the dark ones\b|\bif the thoughts came back\b(?: \w+){0,3}? (?:come back|came back)\b",
            r"(?:^|\b(?:lowkey|and|lately|thinking|thought)) about (?:dying|being dead) (?:a lot|all the time|every day|constantly|more and more)\b",
            r"\b(?:voices?|a voice)\b(?: \w+){0,3}? (?:tell|tells|telling|told|say|says) (?:me )?(?:i (?:should|deserve to|ought to) (?:die|be dead|hurt myself)|to (?:die|hurt myself))\b",
            rf"\b(?:{_PILLS}|bottle of pills)\b(?: \w+){{0,8}}? (?:(?:staring|stare) at (?:him|it|them)|(?:looking|look) at (?:him|it|them) not doing anything)\b",
            rf"\b(?:extra|skipping|skip|stopped taking|not taking|doubling)\b(?: \w+){{0,4}}? {_PILLS}\b(?: \w+){{0,5}}? (?:to see what happens|hoping (?:something|it|i)\b)",
            r"\bhit myself (?:on the head|in the head|in the face)?\b(?: \w+){0,2}? (?:till|until) i (?:stop|can not|feel)\b|\bhid (?:the|my) (?:razors|blades|pills|tablets|meds|knives)\b(?: \w+){0,2}? after (?:last time|what happened|the last time)\b",
            # affairs put in order and things handed on "in case", goodbyes said in my head, notes torn up
            r"\b(?:tidying|tidied|sorting|sorted) (?:everything|things|it all) (?:up|out)\b(?: \w+){0,6}? (?:passwords?|paperwork|papers|will)\b(?: \w+){0,6}? (?:just )?in case$|\b(?:passwords?|paperwork|papers|affairs|accounts)\b(?: \w+){0,8}? for whoever (?:needs|finds)\b",
            r"\beverything(?:s| is) in order\b(?: \w+){0,2}? (?:just )?in case$|\bmaking sure everything(?:s| is| was) in order\b(?: \w+){0,3}? (?:just )?in case\b",
            rf"\b(?:gave|given|giving|give|handed|passed)\b(?: \w+){{0,4}}? (?:my |the |our |his |her )?(?:\w+ )?{_TREASURE}\b(?: \w+){{0,12}}? (?:to sort things out$|felt (?:right )?to sort things out|(?:i am )?tidying (?:things|everything) up$|in case (?:anything|something) happens to me$|i want things sorted\b(?: \w+){{0,2}}? in case (?:anything|something) happens to me)",
            r"\brehom\w* (?:the|my|our) (?:dog|cat|pet|dogs|cats|puppy)\b(?: \w+){0,3}? (?:(?:just )?in case|before i go|while i (?:still )?can)$",
            r"\blife insurance\b(?: \w+){0,24}? (?:not )?(?:if it is|if it was) (?:you know )?(?:on purpose|suicide|not an accident)\b",
            r"\bsaying goodbye to (?:people|everyone|everybody|the kids|my \w+) in my head\b(?! before| at| for)|\b(?:writing|wrote|write) notes to the kids\b(?! (?:teacher|school|coach|club)\b)(?: \w+){0,3}? (?:tearing|tore|tear|ripping|ripped|binning|binned) (?:him|them|it) up\b|^(?:i )?wrote a note then tore (?:it|him) up$",
            r"\b(?:stopped|stop) paying the bills\b(?: \w+){0,10}? (?:not going to be here|not be here|will not be here)\b",
            # a time said bare, an attempt before: the calm check first
            r"^(?:i )?(?:think )?(?:tonights|todays|tonight is|today is) the (?:night|day)$",
            r"\b(?:tried|attempted) (?:it )?(?:before|last (?:year|time|month|spring|summer|winter)|once|\w+ years ago)\b(?! to\b)(?: \w+){0,6}? (?:might|may|will|could|going to|want to) (?:try|do it) again$",
        ),
    },
    "fear": {
        "clear": (
            r"\b(?:scared|afraid|frightened|terrified|petrified|panicking)\b (?:now|tonight)\b(?: \w+){0,3}? (?:he|hes) (?:is )?(?:downstairs|upstairs|outside|drunk|shouting|screaming|smashing|throwing|banging|angry|raging|going mad|has got that look|got that look|keeps)\b",
            r"\b(?:scared|afraid|frightened|terrified|nervous)\b(?: now| tonight)? (?:he|she) (?:is|has|has got) (?:got )?that look (?:again|on his face)\b",
            r"\b(?:he|she) is (?:outside|at the door|in the drive|in the car outside|parked outside|out the front|outside in the car)\b(?: \w+){0,5}? (?:scared|afraid|frightened|terrified|petrified) (?:to go out|to open|he is going to|he will|of him)\b",
            r"\b(?:he|she) is (?:banging|hammering|pounding|kicking) (?:on )?the (?:\w+ )?door\b(?: \w+){0,3}? (?:screaming|shouting|yelling) (?:my name|at me)\b",
            r"\bif (?:he|she) (?:finds|found|ever finds) out\b(?: \w+){0,4}? (?:talking|talked|been talking|spoke|speaking|told) to (?:you|the app|alexa|anyone|someone|a counselor|the helpline|the police)\b(?! about (?:the|her|his) (?:party|surprise|present|gift|birthday)\b)(?: \w+){0,2}? i am (?:dead|done for|finished)\b",
            r"\b(?:will not|would not|do not think i will|not going to) (?:live through|survive|make it through) (?:it|this|him)\b(?: \w+){0,2}? if i stay(?: with him| here)?$",
            r"^(?:he|she) is (?:home|here|back|awake)\b(?: \w+){0,2}? (?:can not|got to go|have to go) (?:talk|speak)$|^(?:i am )?(?:so |very )?(?:scared|frightened|terrified) please$",
            r"\b(?:my own )?(?:home|house|flat|place|bed|room) (?:does not|do not|no longer|never|is not) (?:feel|feels|felt) safe\b(?: \w+){0,4}? (?:since|when|with|because|now that) (?:he|she|him|her)\b",
        ),
        "possible": (
            # dread of him coming home: the key, the car, the hour he is due, the pub
            rf"\b(?:dread|dreading|dreaded)\b(?: \w+){{0,6}}? (?:{_HIS_COMING}|because that is when (?:he|she) (?:gets|comes|is) (?:home|in|back))\b(?! (?:break\w* down|fail\w*|insurance|repairs?)\b)",
            rf"\b(?:stomach (?:\w+ )?(?:drops|dropped|drop|turns|turned|sinks|sank|knots|churns|churned|lurches|lurched|flips|flipped|falls|fell)|(?:whole )?body (?:goes|went|gets|got|going) (?:cold|stiff|tight|tense)|(?:go|goes|went) cold(?: all over)?|i (?:shake|shook|freeze|froze|tense up|tensed up|tense|panic|feel sick|felt sick)|hands shake|heart (?:pounds|races|is going|starts racing|goes))\b(?: \w+){{0,6}}? (?:every time |when |whenever |as soon as |the second |the minute )?(?:i |we )?{_HIS_COMING}\b",
            rf"\b{_HIS_COMING}\b(?: \w+){{0,6}}? (?:stomach (?:\w+ )?(?:drops|dropped|drop|turns|turned|sinks|sank|knots|churns|churned|lurches|flips)|(?:whole )?body (?:goes|went|got|going) (?:cold|stiff|tight|tense)|(?:go|goes|went) cold(?: all over)?|i (?:shake|shook|freeze|froze|tense up|tense|feel sick|start shaking)|heart (?:is going|goes|races|pounds)|hands (?:shake|start shaking))\b",
            r"\b(?:stomach\w*|knots|nervous wreck|on edge|sick|shaking|can not settle)\b(?: \w+){0,6}? waiting for (?:him|her)(?: to (?:get|come) (?:back|home|in)(?: from the (?:pub|bar|club|bookies|races|match))?)?(?:$| and\b| because\b)",
            r"\b(?:feel|felt|get|getting|am) (?:sick|ill|nauseous|anxious|tense|tight|on edge|shaky|a tight feeling)\b(?: \w+){0,8}? (?:because that is when|until|till|before) (?:he|she) (?:gets|comes|is due|walks) (?:home|in|back)\b(?! (?:from|safe)\b)",
            r"\b(?:tight|sick|knot|dread)\w*\b(?: \w+){0,12}? (?:he|she) is due (?:back|home|in)\b(?! from\b)|\b(?:watching the clock|clock watching)\b(?: \w+){0,2}? dreading (?:\w+ )?(?:oclock|o clock)\b",
            r"\b(?:sick|dread\w*|scared|nervous|anxious|knots|shaking)\b(?: \w+){0,4}? (?:wondering |about )?(?:what|how) (?:he|she) (?:will|is going to) be(?: like)?(?: when (?:he|she) gets (?:in|home|back)| later| tonight)\b",
            r"\b(?:nervous|scared|anxious|dreading|on edge)\b(?: \w+){0,4}? because (?:he|she) (?:will be|is going to be|is) (?:home|around|off|back) for (?:all of it|the whole (?:weekend|week|holiday))\b",
            r"\b(?:scared|afraid|frightened|terrified)\b (?:of|about) (?:how|what) (?:he|she) (?:will|is going to|would|might) (?:be|do|react|take it)\b(?! (?:to|when) (?:the|my|a|our) (?:surprise|present|gift|party|news|haircut)\b)",
            r"\bevery time (?:my|the) phone (?:buzzes|goes|rings|pings|lights up)\b(?: \w+){0,3}? (?:i (?:think|know) )?(?:it is|its) (?:him|he|her)\b(?: \w+){0,3}? (?:angry|again|checking|and my (?:stomach|heart)|and i (?:panic|freeze|jump|shake|feel sick))\b|\bi (?:jump|flinch|panic|freeze)\b every (?:time|single time) my phone (?:buzzes|goes|rings|pings)\b(?: \w+){0,3}? (?:it is|its) (?:him|he|her)\b",
            r"\b(?:heart|stomach|chest)\b (?:races|pounds|drops|sinks|starts racing|starts pounding|tightens|lurches)\b(?: \w+){0,3}? (?:when|whenever|every time) (?:he calls me by my full name|(?:his|her) name comes up)\b(?!(?: \w+){0,6}? (?:love|smile|grin|butterflies|crush|fancy|falling for|excited|good way)\b)",
            r"\b(?:get the shakes|start shaking|shake|shaking)\b(?: \w+){0,2}? when (?:his|her) (?:phone call|call|text|name|number)\b|\bkept checking (?:out )?the window for (?:his|her) (?:truck|car|van|ute)\b",
            # the house goes quiet when he walks in; breath held; on tiptoe
            r"\b(?:the kids and (?:i|me)|me and the kids|i and the kids|we|the (?:whole )?house|all of us)\b(?: \w+){0,2}? (?:go|goes|went|are|is|get|gets|fall|falls) (?:all |very |dead |so )?(?:quiet|silent|still)\b(?: \w+){0,5}? (?:when|whenever|the second|the minute|the moment|as soon as) (?:we hear (?:him|his|he)|(?:he|she) (?:walks|comes|gets|is) (?:in|home|back)|(?:his|her) (?:car|key|truck|van))\b(?!(?: \w+){0,5}? (?:cake|surprise|birthday|present|presents|candles)\b)",
            r"\bthe (?:whole )?house goes (?:tense|quiet|silent)\b(?: \w+){0,4}? every (?:night|evening|day)\b|\b(?:go|goes|run|runs|take|takes) (?:\w+ )?(?:upstairs|to (?:their|his|her) rooms?) when (?:he|she) (?:starts|gets|comes in|kicks off)\b",
            r"\b(?:hold|holding) (?:our|my) breath\b(?: \w+){0,4}? (?:till|until|when|whenever|while) (?:he|she|we know what mood|i know what mood)\b|\b(?:when|while) (?:he|she) is (?:in|home)\b(?: \w+){0,6}? (?:hold|holding) (?:our|my) breath\b",
            r"\bon tiptoe\b(?: \w+){0,3}? (?:when|whenever|around|near) (?:he|him|his)\b(?! (?:is )?(?:asleep|sleeping|napping|on (?:nights|night shifts|lates)|working)\b)(?!(?: \w+){0,8}? (?:night shifts?|works nights|on nights)\b)|\bi (?:jump|flinch|freeze|tense up)\b(?: \w+){0,2}? (?:every time|whenever|when) (?:the|his|he|a) (?:car|truck|van|ute) (?:pulls|pull) (?:up|in)\b",
            # walking on eggshells: rehearsing, apologising, everything perfect so he does not go off, careful what I say
            rf"\b(?:rehears\w*|practi[sc]\w*)\b(?: \w+){{0,16}}? (?:(?:he|she) (?:does not|will not|would not|doesnt|wont) (?:{_BLOWS}|get angry)|i (?:do not|will not) (?:get it wrong|set (?:him|her) off|say the wrong thing))\b",
            r"\b(?:rehears\w*|practi[sc]\w*) (?:it |everything |every sentence |every word )?(?:in the shower|in my head|in the car)\b(?: \w+){0,4}? before i (?:say|ask|tell)\b(?: \w+){0,3}? (?:him|her)\b",
            rf"\b(?:apologi[sz]e|apologi[sz]ing|say sorry|saying sorry|said sorry)\b(?: \w+){{0,8}}? (?:(?:he|she) (?:stays calm|stays happy|does not {_BLOWS}|will not {_BLOWS})|because the alternative is (?:so much |much |far )?worse|for things i (?:never|did not) do\b(?: \w+){{0,3}}? (?:he|she) (?:does not|will not))\b",
            rf"\b(?:keep|keeps|kept|make sure|making sure|get|got|getting|have|tidy|tidying)\b(?: \w+){{0,6}}? (?:quiet|perfect|perfectly|tidy|spotless|right|ready|just so|bathed)\b(?: \w+){{0,10}}? (?:(?:he|she) (?:does not|will not|doesnt|wont) (?:{_BLOWS}|get angry)|there is nothing to set (?:him|her) off|because if (?:it is|its|he are|the house is) not\b)",
            r"\bif (?:it is|its|everything is) not (?:right |perfect |done |ready )?the (?:whole )?(?:night|evening) goes (?:wrong|bad)\b",
            r"\bcareful (?:what|how) i (?:say|speak)\b(?: \w+){0,4}? (?:or (?:he|she) (?:goes off|kicks off|explodes|loses it|flips|snaps|blows up)|and how i say it$)|\bcareful not to upset (?:him|her)\b(?: \w+){0,6}? (?:frightened|scared|afraid|tired of being)\b",
            r"\b(?:walking|walk|walked) on egg ?shells\b(?: \w+){0,2}? (?:with|around|near) (?:him|her|he)\b|\bevery (?:evenings?|nights?|days?)\b(?: \w+){0,2}? walking (?:through|on|across) a minefield\b|\bkeep (?:your|my) head down and hope (?:he|she) is in a good mood\b",
            r"\b(?:frightened|scared|afraid|terrified)\b (?:to be |of being )?(?:in|at) my own (?:house|home|kitchen|bed|bedroom)\b(?! (?:since|because of|after) (?:the|a) (?:burglary|break in|storm|mice|rats)\b)(?!(?: \w+){0,4}? (?:horror|film|movie|ghost|burglary|break in))",
            r"\b(?:scared|afraid|frightened|terrified) to open my mouth\b(?: \w+){0,2}? (?:in my own (?:house|home)|around (?:him|her)|at home)\b",
            # not daring: to disagree, to say no, to set a boundary, to go downstairs
            r"\b(?:do not|daren ?t|darent|dare not|would not) dare (?:to )?(?:disagree|argue|say no|ask|answer back|complain|question)\b(?: \w+){0,3}? (?:with |to )?(?:him|her|he)\b|\b(?:daren ?t|darent|dare not) (?:tell|ask|say no to|disagree with|argue with|question|cross) (?:him|her)\b",
            r"\b(?:he|him|his)\b(?: \w+){0,12}? (?:did not|do not|daren ?t|darent) dare (?:go|come) (?:downstairs|upstairs|out|home|in)\b",
            r"\btoo (?:scared|afraid|frightened|terrified) to\b(?: \w+){0,2}? (?:ask|tell|say no to|disagree with|argue with|bring (?:it|this) up with) (?:him|her)\b(?! (?:out|on a date|to marry|to dance|for (?:his|her) number|if he likes|i love|i like|how i feel|that i love|i fancy)\b)|\b(?:would|could) never say no to (?:him|her)\b(?: \w+){0,3}? too (?:scared|afraid|frightened)\b",
            r"^(?:you )?(?:do not|never) say no to (?:him|her)$|\b(?:gets|got|has got|has) (?:this|that) look\b(?: \w+){0,5}? i know (?:to|i need to|i have to|i must) (?:shut up|be quiet|keep quiet|stay quiet|go quiet|keep my head down|get out of (?:his|her|the) way)\b",
            r"\bboundar\w*\b(?: \w+){0,6}? (?:he|she) would (?:go (?:absolutely |completely |totally )?(?:mad|mental|nuts|ballistic|berserk|crazy|spare)|lose it|explode|flip|kick off|hit the roof)\b",
            r"\bif i (?:say|said) (?:anything|something|no)\b(?: \w+){0,2}? (?:he|she) (?:will|would|is going to) (?:lose it|kick off|go off|explode|flip|blow up|go mad|go mental|snap)\b(?: \w+){0,2}? (?:again|like last time)\b|\b(?:do not|never) want to (?:make|get) (?:him|her) (?:angry|mad|going)\b(?: \w+){0,4}? because of what happened (?:last time|before)\b",
            r"\bagree with everything (?:he|she) says\b(?: \w+){0,3}? (?:afraid|scared|frightened)\b|\b(?:afraid|scared|frightened|terrified) of setting (?:him|her) off\b",
            r"\b(?:terrified|scared|afraid|frightened) of (?:saying|doing) the wrong thing\b(?! (?:at|in) (?:the|an|my|a) (?:interview|meeting|funeral|wedding|speech|exam|class|presentation)\b)",
            # watching his face, reading his mood by the door, waiting for it to go off
            r"\b(?:watch|watching|check|checking|read|reading|study|studying)\b (?:his|her) face\b(?: \w+){0,4}? (?:all the time|every second|to see what (?:is coming|mood|kind of mood)|for (?:the )?(?:warning )?signs)\b(?!(?: \w+){0,4}? (?:handsome|beautiful|cute|gorgeous|love|smile)\b)|\bwatch (?:his|her) face$",
            r"\b(?:tell|know|read|guess|check|gauge|judge)\w*\b (?:what |which )?(?:kind of |sort of )?(?:his|her|the) (?:mood|moods|temper)\b(?: \w+){0,5}? (?:from|by) (?:the way|how) (?:he|she) (?:shuts|closes|slams|opens|drops|puts|parks) (?:the|his|her) (?:\w+ )?(?:door|keys|bag)\b|\bread (?:his|her) car door\b|\b(?:tell|know) how the (?:night|evening)(?: will| is going to)? go\w*\b(?: \w+){0,2}? from how (?:he|she)\b",
            r"\b(?:what|which) (?:kind of )?mood (?:he|she) is in\b(?: \w+){0,2}? (?:by|from) (?:how|the way) (?:he|she) (?:shuts|closes|slams|opens|parks|puts|drops)\b|\bcheck (?:his|her) mood before i (?:take my coat off|come in|go in|walk in|open the door|say anything)\b",
            r"\b(?:till|until) i know (?:what|which) (?:kind of )?mood (?:he|she) is in\b|\b(?:before i (?:go|come|walk) in|the whole day|all day|every (?:night|day|evening)|lie there)\b(?: \w+){0,3}? (?:trying to (?:work out|guess|figure out)|waiting to see|guessing) (?:what|which) (?:kind of )?mood (?:he|she) (?:is in|will be in|is going to be in|comes home in)\b|\bwhich version of (?:him|her) (?:i will|ill|i am going to|i would|i am) (?:get|getting)\b",
            r"\b(?:read|know|learned|learnt|see) the (?:warning )?signs\b(?: \w+){0,4}? (?:tonights|tonight is|today is) (?:a bad one|going to be bad)\b|\b(?:he|she) is (?:going to|gonna) (?:go off|kick off|explode|blow|lose it)\b(?: \w+){0,2}? (?:tonight|later)\b(?: \w+){0,3}? i know the signs\b",
            r"\b(?:he|she) (?:has not|had not|did not) done anything (?:yet|for a while|this time)\b(?: tonight)?(?: \w+){0,5}? (?:i know (?:how it goes|what is coming)|it feels (?:he is|as if he is|as though he is) building|waiting for it|always waiting|matter of time)\b|\bi can feel it building\b(?: \w+){0,6}? (?:(?:he|she) is going to|before the last time|like (?:it did )?(?:before|last time))\b|\bstarted again i can feel it building\b",
            r"\b(?:he|she) is (?:all )?calm now but i know what is coming\b|\bi am (?:always )?bracing for it\b|\bwaiting for it to go off\b$",
            r"\b(?:his|her) quiet (?:ones|moods|days|spells|nights)\b (?:are|is) (?:the )?(?:worst|scariest|worse)\b|\b(?:he|she) (?:goes|went|gets|got|has gone) (?:very |all |so )?(?:quiet|silent)\b(?: \w+){0,6}? (?:(?:that is|which is|it is|and that is) (?:even )?(?:worse|the worst|when i (?:get|am) (?:\w+ )?(?:scared|afraid|frightened|nervous))|i (?:get|feel|felt|am) (?:so )?(?:scared|afraid|frightened|terrified))\b",
            r"\b(?:scared|afraid|frightened|terrified)\b(?: \w+){0,3}? when (?:he|she) (?:goes|went|gets|got|is) (?:very |all |so )?(?:quiet|silent)\b|\b(?:goes|went|gets) (?:so |very )?(?:quiet|silent)\b(?: \w+){0,3}? (?:and )?then (?:it|he|she) (?:explodes|blows up|kicks off|erupts|goes off)\b",
            r"\b(?:worried|scared|afraid|frightened|know)\b (?:that )?(?:he|she) (?:will|is going to|would|might) take it out on (?:me|us|the kids)\b(?: later| tonight)?|\bin one of (?:his|her) moods\b(?: \w+){0,6}? (?:do not know what is going to happen|scared|afraid)\b",
            # flinching and bracing: doors, looks, freezing, shrinking, phone and shoes by the bed, the door locked
            r"\bi (?:jump|flinch|startle)\b(?: now)? (?:every time|whenever|when|at) (?:a|the|any) (?:door|cupboard|car door|drawer) (?:slams|bangs|shuts)\b(?! (?:in this|since the)\b)(?!(?: \w+){0,6}? (?:wind|draught|draft)\b)",
            r"\b(?:the way (?:he|she) looks at me|(?:his|her) (?:look|looks|stare|glare))\b(?: \w+){0,4}? (?:makes|make|made) (?:me|my (?:whole )?body) (?:freeze|go cold|shake|tremble|shrink)\b|\b(?:when(?:ever)?|every time) (?:he|she) (?:is|gets|got) (?:angry|mad)\b(?: \w+){0,2}? i (?:freeze|go cold|froze|went cold|can not move)\b",
            r"\bthe way (?:he|she) looks at me\b(?: \w+){0,3}? (?:scares|frightens|terrifies|unnerves) me\b|\bwhat (?:he|she) would do if (?:he|she) (?:knew|found out)\b(?: \w+){0,3}? (?:go cold|scared|shake|terrified|sick)\b",
            r"\b(?:that|this|the) look\b(?: \w+){0,5}? (?:go|went|goes) cold\b|\b(?:go|went|goes) cold all over\b(?: \w+){0,3}? (?:because )?(?:i know (?:that|the|his|her) look|when (?:he|she))\b",
            r"\b(?:shrink|shrinking|shrank|make myself small|making myself small)\b(?: \w+){0,3}? when (?:he|she) (?:is|comes|walks|gets) (?:in the room|in|home|around|near)\b",
            r"\bmy body is (?:\w+ )?(?:tight|tense|stiff)\b(?: \w+){0,4}? when (?:he|she) is (?:home|in|around|back)\b|\bsafe (?:is not|isnt) (?:a|the) word i would use\b|\bon edge the whole time\b(?: \w+){0,3}? waiting to get (?:into|in) trouble\b",
            r"\bphone (?:in my hand|on me)\b(?: \w+){0,3}? (?:when (?:he|she) (?:gets|is|starts|goes) (?:like )?(?:that|angry|mad|drunk|that way)|in case i (?:need|have) to (?:call|ring|phone) (?:someone|somebody|for help))\b|\bphone under (?:my|the) pillow\b(?: \w+){0,3}? in case i (?:need|have) to (?:call|ring|phone) (?:someone|somebody|for help|the police)\b",
            r"\b(?:shoes|trainers)\b(?: \w+){0,3}? (?:car keys|keys|phone)\b(?: \w+){0,4}? (?:next to|by|beside|under) (?:the|my) (?:bed|pillow)\b(?: \w+){0,2}? in case\b(?! (?:the baby|my waters|labour|i go into|of (?:fire|a fire)|there is a fire)\b)",
            r"\b(?:sleep|sleeping|slept|sleeps) (?:in|with) my (?:shoes|clothes|coat|trainers|boots)(?: on)?\b(?: \w+){0,3}? in case i (?:need|have) to (?:go|get out|leave|run)(?: quick| fast| quickly)?\b",
            r"\b(?:keep|kept|keeping|sleep with|sleeping with|started sleeping with)\b (?:my|the) (?:bedroom )?door locked\b(?: \w+){0,3}? (?:at night|every night|when (?:he|she)|since (?:he|she)|and a chair under)\b(?! (?:so the|because of the) (?:kids|toddler|dog|cat|baby)\b)|\bsince (?:he|she) (?:found out|worked out|learned|discovered|knows) where i (?:live|am|work|moved)\b",
            r"\b(?:sit|sits|sat) (?:near|by|next to|close to) the (?:door|exit)\b(?: \w+){0,2}? when (?:we (?:argue|fight|row)|(?:he|she) (?:is|gets) (?:angry|drunk|like that))\b",
            r"\b(?:can not|could not|never) (?:sleep|fall asleep|get to sleep)\b(?: \w+){0,2}? (?:before (?:he|she) does|in case (?:he|she) (?:does something|tries something))\b|\blie there listening to (?:him|her) (?:breathe|breathing)\b",
            r"^(?!.*\b(?:baby|toddler|little one|car seat|nap|napping)\b).*\b(?:hide|hid|hiding|wait|waiting|sit|sitting|sat)\b (?:in|out in) (?:the|my) (?:car|car park|shed|garage|truck|ute|van)\b(?: \w+){0,5}? (?:until|till) (?:i know )?(?:he|she) (?:is|is gone|has gone|goes|falls|has fallen) (?:asleep|to sleep|to bed|passed out)\b",
            r"\b(?:so )?i (?:do not|will not|would not) have to (?:deal with|face) whatever (?:mood )?(?:he|she) is(?: like| in)?$|\bhide the (?:post|bills?|receipts?|bank statements?)\b(?: \w+){0,8}? because of (?:how|what) (?:he|she)\b",
            # plain fear of him in every English: second person, second language, a slip of the keys
            r"\b(?:scared|afraid|frightened|terrified|fear)\b(?: \w+){0,3}? of (?:your|their|a) (?:partner|husband|wife|boyfriend|girlfriend|fella|missus|spouse|other half)\b|\bthis (?:scared|afraid|frightened) of (?:him|her|he)\b",
            r"\b(?:am|have|i|me) (?:a )?(?:fear|scare|frighten) (?:of|fi|for|from) (?:him|he|my (?:husband|man|partner))\b|\bscared of my has band\b",
            r"\b(?:scared|afraid|frightened|terrified) (?:of )?what (?:shell|shed) (?:do|does|did)\b|\b(?:do not|never) know what (?:he|she) is capable of\b|\b(?:scared|afraid|frightened|terrified) of what (?:he|she) is capable of\b",
            r"\b(?:scared|afraid|frightened|terrified)\b (?:that )?(?:he|she) (?:come|comes|will come|is coming|is going to come|might come) back\b(?: tonight| again| here| for me)?(?! (?:from|early|late|with)\b)|^(?:he|she) is coming back(?: now| tonight| here)?$",
            r"\b(?:scared|afraid|frightened|terrified) to (?:leave|go)(?: him| her)? (?:and|but) (?:i am )?(?:\w+ )?(?:scared|afraid|frightened|terrified) to stay\b",
            r"\b(?:scared|frightened|timid) (?:little )?(?:mouse|rabbit)\b (?:around|near|with) (?:him|he|her)\b|\b(?:scared|afraid|frightened|terrified) of (?:daddy|their dad|your dad|their father)\b",
            r"\b(?:he is|he has been) getting worse\b(?: \w+){0,8}? something (?:bad|terrible|awful) is (?:going|about) to happen\b",
            r"\b(?:afraid|scared|frightened) to tell (?:anyone|anybody|someone)\b(?: \w+){0,2}? because (?:he|she) (?:is|works (?:for|in)) (?:the |a )?(?:police|cop|copper|police officer)\b",
            r"\bcareful\b(?: \w+){0,6}? (?:he is|hes) (?:getting|turning|becoming) (?:like )?his (?:dad|father|old man)\b",
            r"\b(?:he|she) (?:can be|is|gets) (?:quite |very |so |pretty )?intimidating\b(?! (?:on the|at (?:work|the)|in (?:meetings|the|class)|when (?:he|she) plays)\b)",
            r"\b(?:he|she) (?:is|has) been\b(?: \w+){0,5}? and it (?:scares|frightens|terrifies) me\b|\bprisoner\b(?: \w+){0,4}? too (?:scared|afraid|frightened) to\b",
            r"\b(?:shaking|terrified|scared|panicking)\b(?: \w+){0,5}? because i knew (?:he|she) would be (?:angry|furious|mad|livid)\b",
            r"\bscared of what (?:happens|will happen|would happen) if (?:i|we) (?:do|did|make|made|say|said)\b|\b(?:bag|suitcase) (?:packed|ready)\b(?: \w+){0,2}? because (?:i never know|you never know)$",
            r"\bsick to my stomach before i see (?:him|her) (?:now|these days|every time)\b|\b(?:can not|do not) (?:sleep|settle)\b(?: \w+){0,2}? in case (?:he|she) (?:does something|tries something|comes in)\b",
            r"\b(?:scared|afraid|frightened|terrified)\b (?:that )?if (?:he|she) (?:finds|found) out (?:i|that i)\b",
            # he may be listening: said softly
            r"^(?=.*\b(?:he|she|him|his)\b)(?!.*\b(?:surprise|present|gift|party|birthday|christmas)\b).*\bin case (?:he|she) (?:is|might be|can) (?:listening|hear)\b|\b(?:do not want|can not let) (?:him|her) (?:to )?hear me (?:talking|talk) to you\b",
        ),
    },
    "asks_help": {
        "clear": (
            # help wanted here, now, without a word said aloud
            r"\b(?:need|want) (?:someone|somebody|help) (?:to come|here|to come here|over here)\b(?: now| please| right now)*$|^(?:please )?i need (?:somebody|someone) here now\b",
            r"\b(?:need|want) (?:some )?help\b(?: \w+){0,2}? (?:i )?(?:can not|could not) (?:say|talk|speak|explain|tell you)\b(?! (?:about|to) (?:the|my) (?:recipe|step|exercise)\b)(?!(?: \w+){0,4}? (?:at work|driving|in a meeting)\b)",
            r"^(?:i )?(?:need|want) some help(?: please| now)?$|^help quietly\b|\b(?:scared|frightened|terrified)\b(?: \w+){0,2}? please help\b",
            r"\btell me what to do\b(?: \w+){0,2}? (?:he|she) is (?:coming|back|here|outside|home)\b|\bhelp me\b(?: \w+){0,8}? (?:he|she) is (?:downstairs|upstairs|outside|here|coming|back)\b|^help\b(?: \w+){0,3}? (?:hell|he will|he is going to) be back\b",
            r"\bsomeone to talk me out of it\b|\bneed help\b(?: \w+){0,3}? (?:do not mean|not) with the (?:app|skill|exercise)\b",
            # someone called for me because I can not talk, an emergency number asked for by its digits
            r"\b(?:call|ring|phone)\b (?:my \w+|someone|somebody|the police|\d{3,5})\b(?: \w+){0,3}? (?:for me )?(?:(?:i|we) (?:can not|could not) (?:talk|speak|use my phone)(?! long\b| much\b)|(?:he|she) is (?:outside|here|in the (?:next )?room|downstairs))\b(?! (?:i am|because i am) (?:driving|in a meeting|busy|working)\b)|\bcall the please\b",
            r"^(?=.*\b(?:help|please|now)\b)(?!.*\b(?:fever|rash|temperature|seizure|fell|fall|chest|breathing|bleeding|allerg\w*|diabet\w*|baby)\b).*\b(?:call|ring|dial|phone) (?:111|10111|112)\b",
            # a safe place he will not find; a refuge; a text line he will not hear; the abuse line's number
            r"\b(?:somewhere|anywhere|a place)\b (?:i|we) (?:can|could) (?:go|stay|hide|live)\b(?: \w+){0,3}? where (?:he|she) (?:will not|can not|would not|will never|could not) (?:be able to )?find (?:me|us)\b",
            r"\b(?:speak|talk) to (?:someone|somebody) (?:at|from) (?:a |the )?(?:womens refuge|refuge|womens shelter|domestic violence (?:shelter|service))\b|\bis there (?:a |any )?safe house\b(?! in (?:this|the|a|my) (?:video )?(?:game|level|film|movie|show|book)\b)|\ba safe house (?:in|near)\b(?! (?:this|the|a|my) (?:video )?(?:game|level|film|movie|show|book)\b)",
            r"\bis there (?:a |an |any )?(?:text (?:line|number|service)|chat (?:service|line)?|webchat|web chat|textline)\b(?: \w+){0,8}? (?:(?:he|she) (?:will|would|can|might) hear|(?:he|she) is in the (?:next |other )?room|can not (?:call|talk|ring|phone) (?:from|at|in)|quietly|instead of calling)\b",
            r"\b(?:what is|whats|give me|tell me|ask you for|remind me of|i need|i want|find me|can i have|have you got)\b(?: \w+){0,4}? (?:abuse|domestic violence|domestic violins|domestic abuse|dv|refuge) (?:line|hotline|helpline|number)\b|\bnumber for domestic violins\b",
            r"\bremind me of (?:that|the) (?:helpline|hotline)\b(?: \w+){0,3}? (?:you said|you gave|you told)\b|\b(?:give|tell|read|text) (?:it|the number|him) to me quietly\b|\b(?:hotline|helpline)\b(?: \w+){0,6}? quietly$",
            r"\bwho to (?:ring|call|phone|tell)\b(?: \w+){0,3}? (?:he|she) is (?:a |the )?(?:cop|copper|police|policeman|police officer)\b",
            # an order of protection asked about, under any of its names
            r"\b(?:how (?:do|can|would) i|can i|could i|should i|i want to|i need to|help me|tell me about|about getting)\b(?: \w+){0,4}? (?:an? |one of those )?(?:injunction|protection order|protective order|restraining order|non molestation order|occupation order|intervention order|avo|dvo|protection odor|protection orders|restraining orders)\b(?! (?:on|against) (?:my|the|a) (?:neighbor|landlord|tenant|company|council|builder|developer|employer)\b)",
        ),
        "possible": (
            # someone to talk to: tonight, a real person, about him or about home
            r"\b(?:someone|somebody|anyone|anybody|a person|a lady|a woman|people|a counselor)\b (?:i (?:could|can|should) |to |you can |who i can )?(?:talk|speak)(?: to| with)?\b(?: \w+){0,5}? (?:about (?:him|he|his|what he|how he|(?:what is going on|what happens|stuff|things|what goes on) at home|my situation at home|(?:this|that) kind of thing)\b|tonight(?:$| i | a real| not\b| about (?:him|he|my (?:boyfriend|girlfriend|husband|wife|partner))\b)|when things at home\b)"
            r"|\b(?:talk|speak) to (?:someone|somebody|a person|a real person|a counselor) tonight\b(?:$| i | about (?:him|he)\b| a real| not\b)",
            r"^(?:i )?(?:need|want) (?:to )?(?:talk|speak) to (?:someone|somebody|a person)(?: please| now| tonight)?$",
            r"\b(?:talk|speak|see|ring|call|tell)\b(?: to)? (?:someone|somebody|anyone|a person|a counselor)\b(?: \w+){0,4}? (?:about )?(?:what happens|what is going on|what is happening|what goes on|things|stuff|my situation) at home\b|\bsomeone i can (?:ring|call|talk to)\b(?: \w+){0,3}? things at home\b",
            r"\b(?:where|somewhere) i (?:could|can) (?:talk|speak) about (?:stuff|things|what happens|what goes on) at home\b|\b(?:service|counselor|group|someone|somebody|anyone)\b (?:i could|i can|to) (?:go to|talk to|see|speak to|ring|call) about (?:he|him)\b",
            r"\b(?:talk|speak|talking|speaking)\w* to (?:a |an |some(?:one|body) )?(?:real|actual|proper)(?: person| human| people)?\b(?!(?: \w+){0,8}? (?:bank|insurance|council|airline|company|broadband|energy|phone company|customer service|gp|surgery|delivery|bill|account|order|booking|refund)\b)(?: \w+){0,6}? not (?:a |an |the )?(?:computer|machine|robot|bot|speaker|app)\b|\bi need a (?:real|actual) person$|\btalk to an actual person\b(?: \w+){0,2}? (?:give me a number|a number)\b",
            r"\bsomeone i (?:could|can) (?:speak|talk) to who is not family\b|\b(?:do not know|no idea) whom to (?:tell|ask|turn to)\b|\bsome helpline or some person\b",
            # who people turn to, where they go, who am I meant to tell
            r"\bwho (?:do|can|should|would) (?:people|women|men|blokes|you|i|someone)(?: like me| me| in my (?:situation|position))? (?:talk|speak|turn|go|call|ring|phone|tell)(?: to)?\b(?:$| about (?:this|that|it|him)(?: kind of| sort of)?(?: thing)?$| when things at home| if (?:he are|you are|i am|he is) (?:scared|not sure|afraid|worried)\b| when (?:you are|he are) (?:scared|worried)\b| when (?:their|your|my) (?:partner|husband|wife)\b)",
            r"\bwho (?:am i|are you|i am) (?:meant|supposed) to (?:tell|talk to|call|ring|go to)\b(?! about (?:the|my|a|this) (?!situation)\w)|\bwho (?:do|can|could|should) i (?:tell|talk to|speak to|call|ring|go to) about (?:(?:this|it|him)\b(?:$| i have never| i never| without)|what (?:he|she) (?:did|does|is doing)\b|how (?:he|she) (?:is|treats)\b)",
            r"\bwho (?:can|do|should) i (?:tell|talk to)\b(?: \w+){0,3}? without (?:him|her) (?:finding out|knowing)\b|\b(?:get|find) help without (?:the family|him|her|my family|anyone|my (?:husband|wife|in laws|parents)) (?:finding out|knowing)\b",
            r"\bwho to (?:call|ring|tell|talk to) about what (?:he|she) did\b|\b(?:who to (?:phone|call|ring)|advice)\b(?: \w+){0,8}? (?:whether|if) i am safe\b|\bwhen i (?:ring|call|phone) for help\b",
            r"\bwho (?:i (?:must|should|can|need to)|to) (?:phone|call|ring)\b(?: \w+){0,2}? (?:can not|could not) (?:sort|deal with|handle|cope with) (?:this|it)\b|\bwho (?:do|can|should) (?:you|i|people) (?:call|ring|turn to|go to|phone)\b(?: \w+){0,3}? when the police (?:will not|do not|would not|did not) (?:listen|help|come|do anything)\b",
            r"\bwhere (?:(?:do|can|should|would) (?:people|women|men|blokes|guys|someone|you|i)|(?:people|women|men|blokes|guys) (?:can|could|should|do)) (?:go|turn|get help)\b(?: \w+){0,8}? (?:for this (?:(?:kind|sort) of )?thing|when (?:it is )?(?:he|their|his|your|the) (?:can not stay|wife|husband|missus|partner)|(?:their|his|her) (?:husband|wife|missus|partner) is (?:hitting|knocking|beating))\b",
            r"\b(?:anywhere|anyone|somewhere|a number|a line) for men (?:to call|to go|to ring|whose)\b|\b(?:places|people|services|someone) (?:that|who) helps? (?:women|men|people|mums|moms) (?:like )?me\b(?! (?:find|get|with|to|learn|into)\b)|\bget away from (?:their|your|my|her|his) (?:partner|husband|wife|boyfriend|girlfriend)\b",
            # a service for people "in my situation": not safe at home, older or deaf people, men, women with children
            r"\bis there (?:a |an |any )?(?:counselor|counselling|service|group|womens group|support group|place|anywhere|somewhere|someone|somebody|anyone|anybody|lady|worker)\b(?: \w+){0,8}? (?:(?:not|is not) safe at home|things at home|stuff at home|(?:helps?|for) (?:old|older|elderly|disabled|deaf) people with this|for men whose|helps men|(?:takes?|take in) (?:you|women|mums|moms) (?:in )?(?:and|with) (?:kids|children)|like tonight)\b",
            r"\b(?:counselor|therapist|counselling|service)\b(?: \w+){0,3}? (?:deals with|specialis\w* in|for) (?:abuse|domestic abuse|domestic violence)\b(?! (?:awareness|training|cases at work)\b)|\b(?:anyone|someone|anywhere) who helps with\b(?: \w+){0,3}? (?:partner|he|she) (?:will not|does not) let (?:you|me) (?:have|see|go)\b",
            r"\b(?:place|someone|service|anyone)\b(?: \w+){0,3}? help me\b(?: \w+){0,2}? (?:i do not|i can not|no) speak english\b|\bdeaf\b(?: \w+){0,4}? (?:text (?:number|line|service)|chat)\b(?! (?:for|at|to) (?:the|my) (?!abuse|domestic)\w)",
            # a place to go, to take the children or the dog, at short notice
            r"\b(?:anywhere|somewhere|a place)\b(?: \w+){0,2}? (?:that |which )?(?:takes?|take in|takes in) (?:women|mums|moms|mothers|you|families)\b(?: in)?(?: \w+){0,2}? (?:(?:and|with) (?:kids|children|the kids|my kids)|at short notice|like tonight)\b(?!(?: \w+){0,3}? (?:haircut|hair|nails|appointment|booking|table|lunch|dinner|dentist|vet|mot|service)\b)",
            r"\b(?:(?<!animal )(?<!dog )(?<!cat )(?<!homeless )(?:shelters?|refuges?|safe houses?) (?:let|allow) (?:you |me |women |people )?(?:to )?(?:bring|keep)|(?:refuges?|womens shelters?|safe houses?) (?:take|takes|accept)) (?:a |your |my |their )?(?:dog|dogs|cat|cats|pet|pets)\b|\bsomewhere (?:that will|that would|to) (?:take|have) (?:my|the|our) (?:dog|cat|pets?)\b(?: too)?(?: \w+){0,3}? (?:can not|could not) leave\b",
            r"\bis there (?:anywhere|somewhere|a place)\b (?:i|we|me and (?:him|them|the kids)|the kids and i) (?:can|could) (?:go|stay|sleep)\b(?:$| (?:if (?:i leave|things get bad|it gets bad)|for a few nights|during the day to be safe)\b)|\b(?:soon|one day|some day|eventually)\b(?: \w+){0,3}? i (?:will|am going to|might) need (?:somewhere|a place) to go\b",
            r"\bif i (?:need|needed|have|had) to (?:leave|get out|go|run) (?:quickly|fast|quick|in a hurry)\b(?: \w+){0,6}? (?:anyone|someone|somebody) (?:who )?(?:could|can|would) (?:come|pick me up|get me)\b",
            # leaving safely, the things got out while he is at work, a plan to get out, tonight when he gets in
            r"\b(?:how|plan|advice|help|way|ways|people who help you plan)\b(?: \w+){0,3}? (?:to )?(?:leave|leaving|get out|getting out)\b (?:safely|safe)\b(?! (?:in|during|from) (?:a|the|an) (?:fire|emergency|storm|flood|earthquake|evacuation|building|plane|venue|stadium|car park)\b)",
            r"^(?!.*\b(?:surprise|present|gift|party|birthday|proposal|ring|anniversary)\b).*\b(?:worker|service|advice|counselor|lawyer|solicitor|advocate)\b(?: \w+){0,6}? without (?:him|her|he) (?:knowing|seeing|finding out|noticing)\b",
            r"\b(?:service|someone|somebody|help)\b(?: \w+){0,3}? (?:get|getting|move|moving) (?:my|your|our) (?:stuff|things|belongings)\b(?: out)?(?: \w+){0,3}? (?:while (?:he|she) is (?:at work|out|away)|without (?:him|her) (?:there|knowing|around))\b",
            r"\bhelp me (?:make|with|figure out|work out|come up with)\b(?: \w+){0,2}? (?:a plan|how) to (?:get out|leave|escape|get away)\b(?! of (?!here|the house|this house)\w)|\bhelp me with (?:him|her)\b(?: \w+){0,2}? before it gets worse\b",
            r"\bwhat (?:do|should|can) i do\b(?: \w+){0,2}? (?:if|when) (?:i (?:need|have) to (?:get out|leave|run)\b(?: of the house)? (?:quick|fast|quickly|in a hurry)(?! (?:in|during) (?:a|the) (?:fire|emergency|flood)\b)|(?:he|she) (?:gets|comes) (?:in|home|back) tonight)\b|\bwhat do i (?:actually )?do tonight when (?:he|she) gets (?:in|home|back)\b|\bwhat am i (?:meant|supposed) to do if (?:he|she) (?:starts|kicks off|goes off|does it) again\b",
            r"\bkeeping the kids safe from (?:their dad|their father|him|her|their mom)\b|\b(?:do not know|no idea) who to ask\b(?: \w+){0,4}? help with (?:his|her) (?:temper|anger|violence)\b|\bpassport back (?:off|from) (?:him|her)\b(?: \w+){0,3}? (?:who|how)\b",
            # the line rung, a number that will not show, a safe word, if I go quiet, check on me, tell someone
            r"\bif i (?:rang|ring|called|call)\b(?: \w+){0,4}? (?:abuse|domestic violence|domestic abuse|dv|refuge) (?:line|lines|hotline|helpline)\b|\bwhen (?:relationships|things at home|your partner|a partner|marriages?) (?:get|gets|are|is|go|goes|turn) (?:scary|violent|abusive|dangerous|frightening|unsafe)\b",
            r"\b(?:number|call|line)\b(?: \w+){0,6}? (?:will not|would not|does not|that will not) (?:show up|appear|show) (?:on|in) (?:the|my|our|his) (?:bill|phone bill|statement|call log|history)\b",
            r"\bsafe ?word\b(?: \w+){0,3}? (?:i can say to you|to say to you|if (?:he|she) is in the room)\b(?! to (?:stop|pause|end|cancel|skip)\b)|\ba word i can say to you\b(?: \w+){0,3}? (?:get me help|help)\b",
            r"\bif i (?:say \w+|go quiet|go silent|stop talking)\b(?: \w+){0,2}? (?:call|ring|tell|alert|get) (?:someone|somebody|the police|help)\b",
            r"\b(?:someone|somebody|anyone|you) (?:to )?check on me\b(?: \w+){0,4}? (?:in the morning|tomorrow|tonight|if i (?:do not|dont) (?:answer|reply|respond))$",
            r"\b(?:tell|call|alert|let) (?:someone|somebody|people|the police)(?: know)?\b(?: \w+){0,2}? if (?:something|anything) (?:happens|happened) to me\b|\b(?:can you )?alert (?:somebody|someone) for me\b|\bif something (?:ever )?happens to me i want (?:there to be )?a record\b",
            r"\b(?:send|sending) (?:someone|somebody|anyone|anybody) (?:round|over|here)\b(?! to (?:fix|look at|check the|repair|read|deliver|clean|collect|pick)\b)|\byou can send round\b",
            r"\b(?:stay on|stay) with me (?:till|until) (?:he|she) (?:falls asleep|is asleep|goes to sleep|leaves|goes out)\b|\b(?:do not make it sound|make it sound casual)\b(?: \w+){0,6}? (?:he|she) (?:will be|is) listening\b",
            r"\b(?:somebody|someone) ought to know in case$|\bneed (?:somebody|someone) other than me to know\b|\bat home\b(?: \w+){0,3}? (?:somebody|someone) should hear it\b",
            # asking at last, not okay, for someone in his hands
            r"\b(?:need|want) (?:someone|somebody|help)\b(?: to help me)?(?: \w+){0,2}? i am not(?: (?:ok|okay|safe|alright|all right|well))?$|\bnot (?:an? )?(?:emergency )?emergency\b(?: \w+){0,4}? (?:but|and) (?:i am )?not (?:ok |okay |safe |alright )?here$",
            r"\bi am asking (?:you )?for help\b(?! with| for| on| from)|\b(?:do not|no idea|not sure) (?:know )?(?:who|where) (?:to ask|to tell|to go|to turn|i can ask)\b(?: \w+){0,4}? (?:please help|i need help|help me)\b|\bneed help\b(?! with| on| for| choosing)(?: \w+){0,3}? (?:do not|no idea|not sure) (?:know )?(?:what kind|who to ask|who to tell|who to call|who to ring)\b",
            r"\bget help\b(?: \w+){0,4}? (?:do not know|no idea|not sure) where to start\b|\b(?:you said you help|you are supposed to help)\b(?: \w+){0,4}? help me\b(?! with| find| cook| choose| pick)",
            r"^(?=.*\b(?:bruise\w*|not letting (?:her|him) out|lock\w* (?:her|him) (?:in|inside)|will not let anyone in|taking (?:her|his) pension|knocking (?:her|him) about)\b).*\b(?:who (?:can|could) i (?:call|contact)|anyone who can help|get (?:her|him) (?:some )?help|check on my \w+|needs help|what (?:can|do|should) i do to help (?:her|him))\b",
            r"^(?:please )?get me out of here(?: please| now)?$",
        ),
    },
}
# -- wave 18 (helper rh, issue 13): danger the rules missed in blind hands zj (control, isolation, sexual coercion,
# stalking, often minimised: "it's probably nothing but", "he's just protective") and zk (fleeing now, fear in
# everyday words, asking for somewhere safe or a number, quiet self-harm, reported threats), by family. Each family is
# held to everyday near misses in its own words (a surprise packed in secret, a festival, a teenager's phone, my own
# receipts, a holiday detox, the location shared by agreement, a film's spoilers: tests/test_safety_w18_rh.py).
# Tier: clear for danger now (hiding, out of the window, a drink spiked, photos sent round, a threat of his brakes),
# possible (a calm check) for the minimised and the planned.
_NOT_A_SURPRISE = r"(?!(?: \w+){0,6}? (?:surprise|present|presents|gift|party|birthday|anniversary|proposal|holiday|trip|camping|festival)\b)"
_FROM_W18_RH: dict[str, dict[str, tuple[str, ...]]] = {
    "fleeing": {
        "clear": (
            # out now: while he slept or was out, through a window, keys grabbed and run, a chair under the handle
            r"\b(?:left(?= (?:home|him|the house|with|i|and|this|last|today|tonight|early)\b)|got out|slipped out|snuck out|sneaked out|drove off|took the kids)\b(?: \w+){0,6}? while (?:he|she) (?:was|is) "
            r"(?:asleep|sleeping|out|at work|at the (?:football|match|pub|gym)|in the shower|on nights|away)\b(?!(?: \w+){0,3}? to (?:go|get|do|buy|grab|fetch|pick)\b)",
            r"\b(?:i|we) (?:slipped|climbed|got|jumped|crawled|snuck|sneaked) out (?:of )?(?:the |a |my |our )?(?:\w+ )?window\b(?!(?: \w+){0,6}? (?:to (?:go to|get to) (?:a|the) (?:party|gig|club|pub)|as (?:kids|teenagers))\b)",
            r"\bgrabbed (?:my|the) (?:keys|kids|bag|baby|phone|purse)\b(?: and (?:\w+ )?(?:ran|run|fled|got out|legged it))\b",
            r"\b(?:in the|locked in) (?:\w+ )?(?:room|bathroom|bedroom|toilet)\b with a chair (?:under|against|wedged under|jammed under) the (?:door )?handle\b",
            r"\bcan not talk (?:long|now|for long|loud)\b(?: \w+){0,2}? i am (?:in|hiding in) the (?:wardrobe|cupboard|loft|attic|bathroom|spare room)\b",
            r"\b(?:we are|i am) in the (?:loft|attic|wardrobe|kids room|spare room)\b(?: \w+){0,6}? (?:he does not know|door locked|lights off|with (?:the kids|them)|he can not)\b",
            # staying where he must not know, moving on so he can not work it out, paid in cash so it will not show
            r"\b(?:i am|we are|i have been|we have been) (?:\w+ ){0,3}?(?:staying|sleeping|stopping|hiding)\b(?: \w+){0,6}? (?:he|him) (?:does not|must not|can not|mustnt|will not|should not) (?:know|find out)\b"
            + _NOT_A_SURPRISE,
            r"\bmoving (?:hotels|motels|places|rooms|around)\b(?: \w+){0,4}? (?:he|she) (?:can not|will not|does not) (?:work it out|find|track|know)\b",
            r"\bpaid (?:in )?cash\b(?: \w+){0,3}? it (?:will not|does not|would not) show (?:up )?on (?:the|my|our) (?:card|statement|account)\b",
            r"\bchanged my number\b(?: \w+){0,8}? (?:he does not know|he can not find|he will not find)\b",
            r"\bi (?:have )?left\b(?: \w+){0,6}? (?:took|with|and) (?:the kids|the children|the passports|our passports)\b(?: \w+){0,6}? (?:that is all|all we have|and nothing|nothing else)\b",
            r"\b(?:turned|switched) (?:my )?location off\b(?: \w+){0,3}? (?:and )?i am (?:just )?(?:driving|going|on the road|on the bus|on a train)\b",
        ),
        "possible": (
            # ready to go: a bag packed and hidden, money put by, papers copied, the day chosen
            r"\b(?:bags?|suitcases?|holdall|rucksack)\b(?: \w+){0,6}? (?:in the boot|behind the (?:boiler|wardrobe|sofa|tank)|for weeks|i have not told anyone|he does not know about)\b"
            + _NOT_A_SURPRISE,
            r"\bpacked (?:a|one) bag for (?:me|us)\b(?: \w+){0,4}? (?:one for the kids|in the boot|hidden)\b|\ba little bag each\b(?: \w+){0,6}? (?:sleepover|game|adventure)\b",
            r"\b(?:money|cash|savings|account)\b(?: \w+){0,8}? (?:(?:he|she) does not know about|for (?:if|when) i (?:ever )?need to (?:get away|leave|go|run)|tonight is the night i am going)\b",
            r"\b(?:photocopied|copied|scanned|photographed) (?:my|our|all my|the) (?:documents|papers|passports?|birth certificates?)\b(?: \w+){0,4}? (?:hid|hidden|locker|work|friends|kept)\b",
            r"\b(?:moved|moving|taking|leaving|left) (?:a few of )?(?:my |some of my )?(?:things|stuff|clothes|bits)\b(?: \w+){0,6}? (?:in case i (?:ever )?need to go|he (?:will not|does not|would not) notice|a bit at a time)\b",
            r"\bplanning how i (?:would|will|could) leave\b|\bwaiting for the right day when (?:he|she) is away\b|\bbus times to my (?:\w+ )?(?:dads|moms|mums|sisters|brothers|nans|friends)\b(?: \w+){0,2}? (?:just )?in case\b",
            r"\bkeep my (?:car )?keys on me\b(?: \w+){0,6}? (?:i can go|if i have to|in case)\b",
            r"\b(?:sleeping|staying|stopping) at (?:my )?(?:friends|mates|sisters|moms|mums|nans)\b(?: \w+){0,6}? (?:i tell (?:him|he) it is for work|he thinks i am at)\b|\bnot coming home (?:till|until) (?:he|she) is asleep\b",
            r"\bsomewhere (?:he|she) can not find me\b(?: \w+){0,3}? for a night\b|\brather not say where\b(?: \w+){0,4}? in case (?:he|she)\b",
            r"\b(?:sat|sit|sitting) in the car\b(?: \w+){0,6}? (?:did not want to|could not (?:make myself )?|can not face (?:going )?|too scared to) (?:go|going) (?:in|home|back)\b",
            r"\bsit in the bathroom with the door locked\b(?: \w+){0,4}? (?:away from (?:him|her))\b",
        ),
    },
    "fear": {
        "possible": (
            r"\b(?:scared|afraid|frightened|terrified)\b(?: that)?(?: \w+){0,2}? (?:he|she) (?:will|would|might) (?:not stop|wake up and hear|find (?:this|out i)|hear me)\b",
            r"\b(?:scared|frightened|afraid|terrified) (?:when|whenever|every time) (?:he|she) (?:drinks|is drunk|has been drinking|is around|gets home|comes home|walks in|is in the house)\b",
            r"\bhis (?:keys?|key) in the (?:lock|door)\b(?: \w+){0,4}? (?:makes me|i (?:feel|freeze|go|start|shake|panic))\b",
            r"\blisten(?:ing)? (?:out )?for (?:him|his (?:car|van|key|keys|footsteps|steps)) on the stairs\b|\blistening for which way\b",
            r"\b(?:feel sick|knot in my stomach|hands (?:start )?shak\w*)\b(?: \w+){0,8}? (?:when (?:he|she) is in the house|(?:time|before) (?:he|she) (?:finishes|gets|comes)|what will be waiting)\b",
            r"\bhold(?:ing)? (?:my|your) breath\b(?: \w+){0,6}? (?:till|until|when) (?:he|she) (?:is asleep|falls asleep|goes out|leaves|gets home|comes home|walks in|is in)\b",
            r"\b(?:what|which) mood (?:he|she) (?:will|is going to|would) (?:come home|be) in\b|\bwatch (?:his|her) mood\b|\bwaiting to see how (?:he|she) (?:will|would) be\b",
            r"\b(?:argue|answer) back\b(?: \w+){0,3}? (?:too risky|not safe|not worth it)\b|\bnot worth what happens when i (?:get|come) (?:back|home)\b",
            r"\b(?:laugh|agree|go along|keep quiet|smile)\w*\b(?: \w+){0,8}? because it is safer (?:that way|than)\b",
            r"\bthings that set (?:him|her) off\b",
            r"\b(?:hiding|hid|hidden|put away) (?:the|all the) (?:kitchen )?knives\b(?!(?: \w+){0,6}? (?:toddler|baby|kids|children|grandkids)\b)",
            r"\bhow safe do i feel at home\b(?: \w+){0,2}? not (?:very|really|much|at all)\b",
            r"\bgo(?:ing)? quiet when (?:he|she) (?:walks|comes|gets) in\b(?!(?: \w+){0,5}? (?:cake|surprise|birthday|present|presents|candles)\b)",
            r"\brehears\w* what i am going to say\b(?: \w+){0,6}? (?:to him|him)\b",
            r"\bpanic attack\b(?: \w+){0,8}? (?:could not|can not) (?:make myself )?go in\b",
            r"\bi (?:look|looked|seem) scared when (?:he|she) is (?:around|there|home)\b",
            r"\bapologi[sz]ing for things i did not do\b(?: \w+){0,4}? (?:him|he)\b",
        ),
    },
    "asks_help": {
        "clear": (
            r"\bneed (?:someone|somebody) to come\b(?! (?:and )?(?:fix|look|check|repair|clean|read|collect|pick|quote|measure|round to fix|out to)\b)",
        ),
        "possible": (
            r"\b(?:number|anywhere|somewhere|a place)\b(?: \w+){0,4}? (?:i|we|me and the kids) (?:can|could) (?:go|stay) tonight\b(?!(?: \w+){0,6}? (?:hotel|airport|flight|gig|concert|festival|wedding|conference)\b)",
            r"\b(?:anywhere|somewhere)\b(?!(?: \w+){0,12}? (?:hotel|airport|flight|gig|concert|festival|wedding|conference|surprise|party)\b)(?: \w+){0,6}? (?:stay|go|sleep|take)\b(?: \w+){0,6}? (?:tonight|without (?:him|her) knowing)\b",
            r"\bneed somewhere to go for a bit\b|\bwhere would (?:they|he|someone) go\b(?: \w+){0,3}? hypothetically\b|\bleave quietly\b(?: \w+){0,3}? where\b",
            r"\bput me through to (?:someone|somebody|a person)\b(?: \w+){0,6}? (?:abuse|violence|safe|him)\b",
            r"\b(?:helpline|hotline|support line)\b(?: \w+){0,6}? (?:he|she) (?:hears|finds out|sees)\b|\b(?:number for|call|ring|phone) one of those (?:support |help |abuse )?(?:lines|helplines|hotlines)\b",
            r"\bhelplines?\b(?: \w+){0,4}? (?:if it is physical|has not (?:actually )?hit me)\b",
            r"\b(?:emergency|court|protection) order\b(?: \w+){0,3}? (?:he|she) can not\b",
            r"\bneed (?:somebody|someone) to tell me what to do\b|\bif (?:he|she) comes back\b(?: \w+){0,6}? what do i (?:actually )?do\b",
            r"\b(?:getting|get) away from (?:my|their|your) (?:husband|wife|partner|boyfriend|girlfriend|husbands|wives|partners)\b",
            r"\bif what is happening to me is normal\b|\bsomeone who is not (?:him|her|his family)\b|\bwithout it going on (?:any |my )?record\b|\bstart telling (?:someone|somebody|anyone)\b",
            r"\b(?:will not|would not|does not) let (?:you|me) leave the house\b",
            r"\bchat (?:thing|service|line) instead of calling\b|\b(?:can not|could not) (?:really )?talk out loud\b",
            r"\bif things at home get (?:bad|worse|scary)\b|\bhelp (?:you )?with money\b(?: \w+){0,2}? if (?:you|i) leave\b",
            r"\btell who (?:would not|will not|will never) tell (?:him|her)\b|\bnot safe where (?:you|i|we) live\b",
            r"\b(?:do|does) (?:refuges?|shelters?) (?:take|accept|allow)\b",
            r"\b(?:somebody|someone) to know what is going on\b(?: \w+){0,2}? (?:just )?in case\b",
            r"\b(?:get a message to|message|contact|reach) (?:someone|somebody|my \w+)\b(?: \w+){0,3}? without (?:him|her) (?:seeing|knowing|finding out|noticing)\b"
            + _NOT_A_SURPRISE,
            r"\bwho helps you if\b(?: \w+){0,8}? (?:no money|passport|no car)\b",
        ),
    },
    "control": {
        "clear": (
            r"\b(?:left|leaves|leaving) me\b(?: \w+){0,6}? (?:with )?no way to (?:get|contact|leave|go|ring|call)\b|\bi have (?:got )?no way to contact anyone\b",
            r"\b(?:taking|takes|took|hides|hid|locks|locked|keeps|kept) (?:my|the) (?:shoes|coat|keys|key|purse|pram|buggy)\b(?: \w+){0,6}? i (?:can not|could not) (?:leave|go)\b",
            r"\b(?:got|has|keeps|holds|took|taken|is got) (?:all )?(?:my|the) (?:immigration papers|visa|papers|documents)\b(?: \w+){0,10}? (?:will not give (?:them|it) back|sent back|deported|if i do not behave)\b",
            r"\b(?:will not|would not|does not|stopped) (?:give|giving) me (?:the )?(?:housekeeping|money for (?:food|the kids|petrol|the bus))\b",
        ),
        "possible": (
            r"\b(?:makes? me|made me|have to|has me|wants me to)\b(?: \w+)? (?:justify|explain|account for) every (?:single )?(?:purchase|penny|pound|cent)\b|\bwrite down everything i spend\b|\bmakes? me beg for (?:it|money)\b",
            r"\b(?:without|have to|has me|makes me|made me) (?:texting|sending|send|text|show\w*) (?:him|her) (?:a (?:photo|picture) of )?(?:the|every|my) receipts?\b",
            r"\b(?:lets?|let|allows?) me (?:have )?(?:\w+ )?(?:quid|pounds|dollars|bucks)\b(?: a| for the) (?:week|month|day)\b",
            r"\b(?:he|she) (?:manages|handles|controls|keeps|holds|does)\b(?: \w+){0,3}? (?:and )?i (?:get|am given) an allowance\b",
            r"\b(?:handles|holds|manages|controls) (?:all of it|it all|the money|all the money|the finances|it)\b(?: \w+){0,8}? (?:i (?:do not|never) know (?:how much|what we|what he|where)|wish i knew where)\b",
            r"\b(?:he|she)\b(?: \w+){0,3}? (?:take|takes|took|taking|taken|did take) my (?:bank |debit |credit )?card\b(?! (?:to|for) (?:pay|buy|get|the shop|petrol|fill))(?: \w+){0,4}? (?:off me|away|again|at the till|for a week)\b",
            r"\b(?:my own|a) (?:bank )?account\b(?: \w+){0,6}? (?:he|she) (?:finds out|closes|closed|says that is me)\b",
            r"\b(?:he|she)\b(?: \w+){0,3}? (?:has to )?(?:approve|approves|chooses|chose|picks|decides|checks)(?: \w+)? (?:every|each|all my) (?:outfit|outfits|clothes)\b|\bclothes (?:he|she) (?:has not|did not) chosen\b",
            r"\bmakes? me (?:get changed|change my (?:top|clothes|outfit)|take (?:it|that|my makeup|my make up) (?:off|back))\b(?!(?: \w+){0,2}? shoes\b)",
            r"\b(?:he|she) (?:threw|throws|binned|bins|cut up|burned|burnt) (?:away |out )?(?:all )?my (?:clothes|dresses|makeup|make up|skirts)\b",
            r"\b(?:does not|do not) like me (?:wearing|driving|having|working|using)\b(?: \w+){0,6}? (?:i (?:do not|can not|had to|stopped|gave up|walk)|(?:he|she) keeps)\b",
            r"\b(?:he|she) (?:counts|decides|is deciding|chooses|controls) (?:what i eat|the food|how much i eat)\b|\bnot allowed (?:pudding|dessert|seconds)\b|\b(?:will not|does not) let me eat with\b",
            r"\b(?:when|how long) i (?:can )?(?:have|take) a (?:shower|bath)\b|\bwithout (?:him|her) timing it\b",
            r"\b(?:have|need) to (?:text|ring|call|message|send) (?:him|her)\b(?: \w+){0,6}? (?:when i (?:get|leave|arrive)\b(?: \w+){0,8}? (?:goes mad|kicks off|if i forget)|a (?:photo|picture) of where i am)\b",
            r"\bonly one who can (?:unlock|lock|open)\b|\btakes the key to work\b",
            r"\b(?:cancelled|canceled|cut off) my (?:phone|mobile|phone contract|sim)\b",
            r"\bmade me (?:hand over|give (?:him|her)) my (?:phone|passcode|passwords?|pin|bank card|card|wages|pay)\b",
            r"\b(?:put|puts) (?:them|it|my \w+) in his safe\b|\bhe is got (?:your|my) passport\b",
            r"\b(?:hiding|hid|hide) (?:a bit of )?money in a (?:sock|tin|shoe|drawer|book)\b(?: \w+){0,4}? (?:because|since) he takes\b",
            r"\bi would have to check with (?:him|her)\b(?: \w+){0,3}? which is how it is\b",
            r"\bonly if i am good\b|\bi have been good\b(?: \w+){0,6}? (?:he|she) (?:has been|is) nice to me\b",
            r"\b(?:can not|can) (?:have|use|take) the (?:car|money|card|phone|keys)\b(?: \w+){0,2}? unless\b|\b(?:he|she) (?:says|said) i can (?:get a job|go back to work|learn to drive|have (?:a|my own) (?:car|account|bank account|phone)) when\b",
            r"\b(?:let|lets) me (?:go|see|visit|have)\b(?: \w+){0,4}? but only (?:for an hour|for (?:half|twenty|ten|thirty)|if|once)\b|\b(?:got|allowed) to keep my (?:phone|money|keys|card|wages)\b(?: \w+){0,3}? (?:all week|this week|for once|which was nice)\b",
        ),
    },
    "isolation": {
        "possible": (
            r"\bring (?:my \w+|anyone|my friends?)\b(?: \w+){0,2}? without (?:him|her) listening\b|\bsee my family on my own\b(?: \w+){0,3}? without (?:him|her)\b",
            r"\b(?:he|she) (?:says|said|tells me)\b(?: \w+){0,8}? (?:and )?i do not need (?:mine|my (?:family|friends)|friends)\b|\bi do not need friends\b(?: \w+){0,3}? that is what (?:he|she) says\b",
            r"\bfriend (?:he|she) (?:has not|had not) approved\b",
            r"\b(?:a single|any) other adult\b(?: \w+){0,3}? (?:except|but|apart from|other than) (?:him|her)\b",
            r"\bonly time i (?:ever )?(?:get out|leave the house)\b(?!(?: \w+){0,6}? (?:baby|newborn|covid|lockdown|broken|leg|surgery|op)\b)",
            r"\b(?:he|she) (?:has )?(?:pushed|driven|chased) (?:everyone|everybody|all my friends|my friends|my family|people) away\b",
            r"\b(?:upset|angry|does not like|will not let|not allowed)\b(?: \w+){0,4}? (?:speak|speaking|talk|talking) (?:in )?my (?:own )?language\b",
            r"\b(?:he|she) (?:said|says|went) you are not going\b(?! to (?:like|believe|enjoy|want|need|get|make|have|be able)\b)",
            r"\b(?:he|she) said no i (?:did not|could not|never) go\b",
            r"\b(?:gave up|give up|had to leave|quit|left) (?:my|a) (?:job|work)\b(?: \w+){0,10}? (?:he (?:made|kept|did not want|would be upset)|because (?:he|of him))\b",
            r"\b(?:did not|does not) want me (?:working|to work|having a job)\b(?! (?:late|overtime|weekends|nights|on (?:my|his|her|our)|so hard|so much|there)\b)",
            r"\b(?:he|she) (?:always )?finds a reason\b",
            r"\bstopped going to (?:my )?(?:\w+ )?(?:club|group|class|church|choir)\b(?: \w+){0,6}? (?:he would|he) (?:ring|call|text)\b",
            r"\b(?:he|she) (?:does not|do not) like (?:my \w+|me going to)\b(?: \w+){0,8}? (?:i (?:can not|could not|had to|stopped|never) (?:go|see|visit|ring|call)|(?:he|she) (?:has to|usually)|because (?:he|she) (?:says|thinks))\b",
            r"\bhave to check with (?:him|her)\b(?: \w+){0,4}? (?:can never|never come)\b",
            r"\bhave not had a proper conversation with a friend\b",
        ),
    },
    "sexual": {
        "clear": (
            r"\b(?:put|slipped) something (?:in|into) my drink\b|\bspiked my drink\b",
            r"\b(?:sending|sent|sends|shares|shared|sharing|showing|uploaded|uploading|posted|posting) (?:my )?(?:nudes|intimate (?:photos|pictures|pics|videos|images))\b",
            r"\b(?:intimate|private|naked|nude) (?:photos?|pictures?|pics|videos?|images?) of me\b(?: \w+){0,8}? (?<!threatening to )(?<!threatens to )(?<!threatened to )(?<!threatening )(?:send|post|show|share|upload)\w*\b",
            r"\buploaded (?:photos|pictures|pics|videos) of me\b",
            r"\b(?:asleep|passed out|had a few drinks|drunk)\b(?: \w+){0,8}? (?:he|she) (?:did it anyway|kept going|carried on)\b",
            r"\bit happened again\b(?: \w+){0,3}? (?:when|while) i was asleep\b",
        ),
        "possible": (
            r"\b(?:said|say|saying) (?:no|stop)\b(?! to\b| more\b| thanks\b)(?: \w+){0,6}? (?:he|she) (?:did not|does not|would not|will not) (?:stop|care|listen)\b|\b(?:did not|does not) listen when i said stop\b",
            r"\b(?:does not|did not|would not|will not) (?:really )?stop when i (?:ask|asked|tell|told|say|said)\b",
            r"\bstart\w* when i am (?:half |still |nearly )?asleep\b",
            r"\b(?:sulk\w*|wears me down|nag\w*|pester\w*|badger\w*)\b(?: \w+){0,3}? (?:until|till) i (?:say|said)(?: yes)?\b",
            r"\bif i (?:do not|will not|refuse)\b(?: \w+){0,4}? (?:find|get) it (?:somewhere|elsewhere) else\b|\bgo(?:es)? elsewhere if i (?:do not|will not)\b",
            r"\bif i loved (?:him|her) i would (?:do (?:the stuff|stuff|things|it|that|what he wants)|let (?:him|her)|sleep with)\b",
            r"\bnot (?:allowed|supposed) to be (?:too )?tired\b|\bfrigid\b",
            r"\b(?:upset|angry|mad|cross)\b(?: \w+){0,3}? (?:if|when) i (?:say|said) no\b(?: \w+){0,3}? (?:now )?i (?:do not say anything|go along|let him|do it)\b",
            r"\b(?:go|went|going|goes) along with it\b(?: \w+){0,4}? (?:(?:when|though|if) (?:you|i) (?:do not|did not) want\b|because the last time i said no\b|after that\b)",
            r"\bnot (?:really )?my choice most of the time\b|\bnot giving you a choice\b|\bcan have me whenever (?:he|she) wants\b",
            r"\b(?:he|she) takes advantage of (?:that|me)\b",
            r"\bswitch off when it happens\b|\bscared to go to bed\b(?: \w+){0,4}? (?:what (?:he|she) wants)\b|\bexpects? me to be up for it\b",
            r"\b(?:photo|photos|picture|pictures|video|videos) of me in the (?:shower|bath)\b|\bkeeps? filming (?:when|while) we\b",
            r"\bkeep (?:them|the (?:photos|pictures|videos)) forever\b|\basking for (?:pictures|pics|photos|nudes)\b(?: \w+){0,6}? (?:when i (?:do not|will not)|cheating)\b",
            r"\b(?:what (?:he|she) (?:says|wants)|it) in (?:bed|the bedroom)\b(?<=\bunless i do what he says in bed)|\bdoing what (?:he|she) wants in the bedroom\b",
            r"\bpushed (?:his|her) hands? away\b",
            r"\bowe it to (?:him|her) because (?:he|she) pays\b|\bhe does it to punish me\b|\bthe sex\b(?: \w+){0,6}? (?:dread|can not stop)\b",
            r"\bwants it every night\b|\bwill not let me sleep (?:till|until) i do\b|\bcomes into the bedroom\b(?: \w+){0,6}? (?:lock the door|can not stop him)\b",
        ),
    },
    "stalking": {
        "clear": (
            r"\b(?:describing|described|told me|knew) what i (?:was|had been) wearing\b(?: \w+){0,6}? (?:i had not|i have not|had not|never) seen (?:him|her)\b",
            r"\bphotos? of (?:me|myself|my (?:own )?(?:front door|house|flat|window))\b(?: \w+){0,4}? (?:taken from|from across|with a heart)\b",
            r"\b(?:he|she) (?:was|is|has been|keeps|stood|standing)\b(?: \w+){0,2}? (?:outside|at) my (?:bedroom )?window\b(?: \w+){0,3}? looking in\b",
            r"\bfind out where (?:i|we) (?:live|am living|are living|have moved|moved to|are staying|am staying) now\b",
            r"\b(?:ringing|calling|rang|called|phoning|phoned) my (?:work|boss|office|job)\b(?: \w+){0,3}? pretending\b",
            r"\bknows where my new (?:place|flat|house|address|home) is\b",
            r"\b(?:he|she) (?:has |had |keeps |kept )?(?:turned|turning|turns|shown|showing|shows|showed) up at my (?:new )?(?:job|work|workplace|office|flat|house|place|college)\b(?: \w+){0,3}? (?:twice|again|three times|i had to hide)\b",
            r"\bturned up at the hospital\b(?: \w+){0,8}? i (?:had not|have not|never|did not) told (?:him|her)\b",
            r"\b(?:he|she) is (?:sitting|sat|parked) outside in the car\b(?: \w+){0,2}? (?:right now|he has been there|he is been there)\b",
            r"\bwatching the house\b(?: \w+){0,8}? (?:end of the road|in his van|in his car)\b",
        ),
        "possible": (
            r"\b(?:turn\w*|switch\w*) (?:my |the )?location(?: sharing)? off\b(?: \w+){0,8}? (?:he|she) (?:went|goes|drove|came|turned up|rang|kicked off|lost it)\b",
            r"\b(?:turn\w*|switch\w*) off my location sharing to see\b|(?<!\bi )\bscreenshot\w* my location\b|\bstill for \w+ minutes on the map\b|\bsomewhere (?:he|she) (?:does not|did not) recognise\b",
            r"\buses? (?:it|my location|the app) to (?:question|check up on|keep tabs on|interrogate)\b|\bkeep\w* tabs\b",
            r"\b(?:he|she) (?:\w+ ){0,2}?(?:messaged|texted|rang|called|ring|rings|calls|messages|texts)(?: me)? (?:\w+ )?(?:forty|fifty|sixty|seventy|eighty|ninety|hundred|twenty|thirty|fifteen)\b(?: \w+){0,1}? times\b(?!(?: \w+){0,8}? (?:memes|jokes|dog pictures|funny|videos|reels|tiktoks)\b)",
            r"\bwake up to (?:forty|fifty|sixty|seventy|eighty|ninety|a hundred|twenty|thirty) from (?:him|her)\b|\btwenty texts and then calls\b|\bcalls me every half an hour\b",
            r"(?<!\bi )(?<!\bwe )\b(?:accessed|hacked|hacked into|got into|logged into|logs into|logging into) my (?:old )?(?:phone backups?|backups?|email|emails|account|accounts|icloud)\b",
            r"\b(?:my|all my) (?:passwords|logins|passcode)\b(?: \w+){0,4}? (?:on his|he thinks he should have|set up on his)\b|\b(?:he|she) (?:thinks he should have|has|wants) all my (?:passwords|logins)\b|\breads my banking\b",
            r"\bblocked (?:him|her) everywhere\b|\bblocked (?:him|her)\b(?: \w+){0,4}? (?:messaging|texting|contacting) my (?:mom|boss|friends|family|sister)\b",
            r"\bcheck\w* (?:the )?(?:\w+ )?(?:doorbell app|satnav|sat nav|dashcam|dash cam)\b(?: \w+){0,6}? (?:when i|where i|i have been|out)\b",
            r"\b(?:he|she) can see who i am with\b|\bprove where i (?:am|was)\b|\bi feel watched\b",
            r"\b(?:he|she) knew (?:exactly )?(?:what time|where|everything)\b(?: \w+){0,10}? (?:i (?:had not|have not|never|did not) (?:said|told him|mentioned)|by the time i got home)\b",
            r"\b(?:going through|went through|goes through) my (?:bins|rubbish)\b|\breading my post\b",
            r"\b(?:family )?tracking apps?\b(?: \w+){0,6}? (?:upset|angry|mad) if my battery\b",
            r"\b(?:he|she) (?:sat|was sat|sits|waited|was waiting|parked)\b(?: \w+){0,5}? (?:in the car park|outside|across the road|at the end of the road)\b(?: \w+){0,3}? (?:the (?:entire|whole) time|for (?:hours|an hour|the whole))\b",
            r"\bgets his (?:mom|mum|mother|mate|sister|brother) to (?:ring|call|text) me\b|\bmessaging my (?:mom|friends)\b(?: \w+){0,4}? (?:how i am doing|where i am)\b",
            r"\bkeep finding (?:him|her) in places\b|\bfollowing my (?:daughter|son|kids)\b(?: \w+){0,6}? (?:where we live|home from school)\b",
            r"\b(?:he|she)\b(?: \w+){0,6}? (?:asking|asked|asks|wants to know) (?:me )?why (?:the|it|my|i)\b(?: \w+){0,4}? took (?:\w+ )?(?:minutes|so long|that long)\b|\brings? (?:the landline|my mobile|my work)\b(?: \w+){0,8}? then my (?:mobile|moms|mums|work|sisters)\b",
        ),
    },
    "threat": {
        "clear": (
            r"\bwill not be (?:so )?pretty (?:for long|soon|much longer)\b",
            r"\blucky to (?:walk|get|make it) out (?:of here )?(?:alive )?if\b",
            r"\b(?:he|she)\b(?: \w+){0,6}? brakes (?:can |could |might |do )?fail\b(?! if (?:i|you|we) (?:do not|did not|never) (?:get|have|fix|replace))",
            r"\b(?:rope|knife|gun|noose|shovel)\b(?: \w+){0,3}? (?:is|was) for (?:me|you)\b",
            r"\bknows where my new (?:place|flat|house) is and (?:he|she) is coming\b",
        ),
        "possible": (
            r"\b(?:he|she)\b(?: \w+){0,4}? (?:i would|i had|you had|you would|i) better watch (?:myself|yourself|my back|your back)\b(?! on the (?:ice|stairs|roads?|steps)| in the (?:sun|heat|snow)| with (?:the|that) (?:knife|ladder|saw))",
            r"\b(?:i would|you would|i will|you will) know about it\b",
            r"\b(?:he|she)\b(?: \w+){0,4}? there (?:will|would) be consequences if i\b",
            r"\b(?:leav\w*|go|run|tried|try)\b(?: \w+){0,6}? (?:you|i) (?:would not|will not) get (?:very )?far\b",
            r"\b(?:he|she) (?:has|has got|is got|keeps telling me he has got|says he has) nothing (?:left )?to lose\b|\bnothing to lose anymore\b",
            r"\bpush (?:him|her) too far\b(?: \w+){0,6}? (?:my own fault|then)\b",
            r"\bone more chance\b(?: \w+){0,6}? (?:what happens|or else|after that)\b",
        ),
    },
    "self_harm": {
        "clear": (
            r"\b(?:i have|i have got|got) the (?:pills|tablets|razor|blades?|rope)\b(?: \w+){0,4}? (?:in front of me|next to me|looking at them)\b|\b(?:run|ran) a bath\b(?: \w+){0,4}? (?:razor|blades?|pills|tablets)\b",
            r"\btake all of (?:them|the pills|my pills|the tablets)\b(?: \w+){0,4}? (?:once|when|tonight|after)\b",
            r"\blooked up how many\b(?: \w+){0,3}? (?:take|need)\b(?!(?: \w+){0,6}? (?:in a day|a day|for (?:my|the|a) (?:\w+ )?(?:toothache|headache|pain|back|cold|flu|period|migraine))\b)",
            r"\bno way out except\b|\bonly one way out\b",
            r"\bhitting myself\b(?! (?:on|with|in) (?:the|a|my)\b)",
            r"\bsaid goodbye to\b(?: \w+){0,4}? (?:does not|did not) know that is what it was\b",
        ),
        "possible": (
            r"\bwish\w* i (?:was|were) not here\b(?!(?: \w+){0,4}? (?:meeting|party|queue|lecture|class|dull|boring|traffic|wedding|concert|office)\b)",
            r"\bstopped caring what happens to me\b|\bwhy i should bother anymore\b",
            r"\bnot going to do anything tonight probably\b|\b(?:do not|can not) (?:really )?see a future\b(?! (?:with|for|in) (?:him|her|us|this|the|my|our)\b)",
            r"\bget through another (?:week|day|night)\b(?! of\b)",
            r"\bsorted (?:out )?my will\b(?: \w+){0,4}? (?:all done|done now)\b|\b(?:getting|got|put|putting) my (?:stuff|things|affairs) in order\b(?: \w+){0,3}? just in case\b",
        ),
    },
}
_NOT_KIDS_TREATS = r"(?!(?: \w+){0,6}? (?:kids?|sweets|biscuits|ice cream|telly|tv|screen|ipad|tablet|toy|toys|pudding|dessert|chocolate|sleepover|puppy|diet|cake)\b)"
_NOT_HEALTH = r"(?!(?: \w+){0,6}? (?:baby|born|birth|operation|op|surgery|hip|knee|fall|fell|broke|broken|covid|lockdown|flu|leg|ankle|ill|illness|poorly|stroke|accident|chemo)\b)"
_FROM_W19_RZ: dict[str, dict[str, tuple[str, ...]]] = {
    "self_harm": {
        "possible": (
            # affairs put in order: things given away, a will done and a strange calm, "always remember"
            r"\b(?:giving|given|gave|give) (?:a lot of |all of |all |most of |some of |loads of )?my (?:stuff|things|bits|belongings|books|clothes|jewellery|records|guitar|stuff)\b(?: \w+){0,2}? away\b"
            r"(?: \w+){0,12}? (?:feels (?:the |right |the right )?time|time to|feels right|will not need (?:him|it)|not need (?:him|it|anything) (?:anymore|where)|ready now|at peace|calm)\b"
            r"(?!(?: \w+){0,4}? (?:move|moving|declutter\w*|clear out|car boot|charity shop|downsiz\w*)\b)",
            r"\b(?:my will|who is having|who gets|who will have|who will get|who will look after)\b(?: \w+){0,12}? (?:i )?(?:feel|felt|feeling) (?:\w+ )?(?:calm|at peace|peaceful|settled|light)\b"
            r"(?! about (?:the|our|my) (?:move|wedding|baby|birth|exam|interview|surgery|operation|op|holiday|trip)\b)",
            r"\btold (?:my|the|our) (?:daughter|son|kids|children|boys|girls|mum|mom|mam|sister|brother|best friend|mate|best mate|family)\b(?: \w+){0,4}? (?:best thing|i love (?:him|her|you)|proud of|so proud)\b"
            r"(?: \w+){0,8}? (?:remember|never forget) (?:that|this|it)\b(?!(?: \w+){0,5}? (?:exam|exams|test|match|game|interview|first day|race|audition)\b)",
            r"\bgoodbye\b(?: \w+){0,4}? tell my (?:boys|girls|kids|children|son|daughter|mum|mom|mam|family|sister|brother)\b(?: \w+){0,2}? (?:i am sorry|i love (?:him|her|you))\b",
            r"\b(?:rang|called|phoned|texted|saw) (?:my )?(?:best mate|best friend|mum|mom|mam|sister|brother|dad)\b(?: \w+){0,6}? said goodbye\b(?: \w+){0,6}? (?:did not notice|does not know|did not realise|did not know)\b",
            r"\bi will not be (?:here|around)\b(?: \w+){0,3}? (?:to (?:do it|feed|look after)|for (?:our|his|her|the|their|my) (?:\w+ )?(?:anniversary|birthday|christmas|wedding|exams?))\b"
            r"(?!(?: \w+){0,6}? (?:away|working|on (?:a|the) (?:course|trip|holiday|nights|shift)|at (?:work|a|the)|in (?:hospital|\w+ for)|travelling|abroad|visiting|flying|staying|conference|festival)\b)",
            r"\bwill not need to remind me (?:about |of )?anything\b(?: \w+){0,2}? after (?:tonight|today)\b(?!(?: \w+){0,6}? (?:written|wrote|diary|calendar|list|app|exam|exams|test|deadline)\b)",
        ),
    },
    "sexual": {
        "possible": (
            # no said, then given up on, gone along with, carried on past
            r"\b(?:say|said|saying) no and (?:then )?(?:you|i) (?:give up|gave up|stop fighting|stopped fighting|let (?:him|her))\b"
            + _NOT_KIDS_TREATS,
            r"\b(?:not in the mood|i say no|i said no|i do not want to|i did not want to)\b(?: \w+){0,8}? (?:he|she) (?:carries on|carried on|keeps going|kept going|does it anyway|did it anyway)\b"
            r"(?: \w+){0,8}? (?:going along with it|go along with it|went along with it|feel\w* (?:horrible|awful|sick|dirty|used|disgusting|ashamed|gross)|crying|cried)\b",
            r"\b(?:end up|ended up|i) (?:going|go|went) along with it\b(?: \w+){0,6}? (?:feel\w* (?:horrible|awful|sick|dirty|used|disgusting|ashamed|gross|empty)|cry|cried|crying)\b",
            r"\b(?:things|stuff) i (?:have )?said no to\b(?: \w+){0,10}? (?:doing (?:him|it)|does (?:him|it) anyway|did (?:him|it) anyway)\b",
            r"\b(?:he|she) (?:keeps|kept|carries on|carried on) (?:going|touching me)\b(?: \w+){0,3}? (?:when|after|even when|even though) i (?:say|said|have said|tell him|told him)\b(?: \w+){0,3}? (?:it hurts|no|stop|i do not want|i am sore|not to)\b",
            r"\b(?:he|she) (?:said|says|told me|reckons) i owed? (?:him|her) (?:after|because|since|for) (?:he|she) (?:paid|bought|covered|got)\b"
            r"(?!(?: \w+){0,8}? (?:sent|transferred|paid (?:him|her) back|pay (?:him|her) back|tenner|quid|money|half|bank)\b)",
            r"\b(?:talked|pressured|pushed|guilted|nagged|persuaded|pressed) me into\b(?!(?: \w+){0,3}? (?:film|movie|musical|show|play|book|series|documentary|concert|karaoke|speech|haircut|tattoo|marathon|race|jump|skydive)\b)"
            r"(?: \w+){0,4}? (?:i )?(?:cried|crying|felt sick|felt dirty|felt used|threw up|could not stop shaking)\b(?! (?:with|from) (?:laughing|laughter|joy|happiness)\b| laughing\b)",
            r"\bin (?:the )?bed(?:room)?\b(?: \w+){0,2}? i (?:let (?:him|her) do what (?:he|she) wants|go along with it|give in)\b(?: \w+){0,3}? (?:because|as) it is easier\b",
            r"\b(?:sulks?|sulking|moody|in a mood|kicks off|ignores me|nasty)\b(?: \w+){0,4}? unless i (?:sleep with|have sex with) (?:him|her)\b",
        ),
    },
    "stalking": {
        "clear": (
            # watched from the road at night, a recorder or tracker in the car, at the gate despite an order
            r"\b(?:seeing|see|saw|seen|caught|catching|catch|spotted|spotting|spot|noticed|noticing) (?:him|her)\b(?: \w+){0,3}? (?:at|on) the (?:bottom|end|top|corner) of (?:our|my) (?:road|street|lane|drive|close|block)\b"
            r"(?: \w+){0,5}? (?:standing|watching|staring|sat|sitting|parked|waiting|looking)\b(?!(?: \w+){0,3}? (?:for|at|with) (?:the|a|his|her) (?:\w+ )?(?:bus|taxi|lift|dog|bin|bins|mate|friend|friends|kids|school)\b)",
            r"\bfound (?:a |an )?(?:little |small |tiny )?(?:voice recorder|recorder|recording device|dictaphone|tracker|tracking device|gps tracker|airtag|air tag|listening device|hidden camera)\b"
            r"(?: \w+){0,4}? (?:under|in|inside|taped|stuck|behind|on) (?:the|my) (?:\w+ )?(?:seat|car|boot|bumper|bag|wheel arch|dashboard|glovebox|glove box|coat|handbag|sun visor|visor)\b"
            r"(?!(?: \w+){0,8}? (?:i (?:had )?put|i forgot|my own|the insurance|the lease|the hire|kids (?:had|left)|he lost|for the insurance|plays?|played|playing|school|music|lessons?|band)\b)",
            r"\b(?:he|she) (?:was|is|has been|keeps|kept|keeps turning up|turned up|came) (?:at|outside|by|to|hanging around) (?:the|my|our) (?:\w+ ){0,2}?(?:gate|gates|door|house|work|flat|school|street|road)\b"
            r"(?: \w+){0,8}? (?:has got|has|is got|there is|despite|even though|with) (?:a |the )?(?:no contact|non molestation|restraining|protection) order\b(?!(?: \w+){0,4}? (?:lifted|ended|expired|ran out|allows|says (?:he|she) can)\b)",
        ),
        "possible": (
            r"\b(?:he|she) (?:has|is|had) been (?:in|into|through|reading) my (?:facebook |fb |instagram |insta |whatsapp |email |private |text )?(?:messages|emails|texts|dms|inbox|account|accounts|phone|email)\b"
            r"(?: \w+){0,3}? (?:(?:he|she) (?:read|reads|saw|sees|knows|knew|found)|without (?:asking|me knowing)|behind my back)\b",
            r"\b(?:he|she) (?:somehow )?knows where i (?:have been|am|was|went)\b(?: \w+){0,2}? (?:when|though) i (?:have not|did not|had not|never) (?:told|tell|said|say)\b",
            r"\b(?:he|she) (?:keeps driving|kept driving|drove|drives) past (?:my|our)\b(?: \w+){0,3}? (?:house|flat|place|work)\b(?: \w+){0,2}? (?:\w+ times|again and again|all night|over and over)\b(?!(?: \w+){0,4}? (?:missed|lost|satnav|looking for|parking)\b)",
        ),
    },
    "fleeing": {
        "clear": (
            # gone now: somewhere he can not find me, a bag and nothing else, the kids taken while he is out
            r"\b(?:i am|we are|i have gone|we have gone|i went|we went|got|now) (?:\w+ ){0,2}?somewhere (?:he|she) (?:can not|will not|would not|could not) find (?:me|us)\b"
            r"(?!(?: \w+){0,6}? (?:hide and seek|game|hiding game)\b| for a night\b)",
            r"\bon (?:the|a) (?:bus|train|coach|ferry)\b(?: \w+){0,6}? with (?:only )?(?:my|the) (?:handbag|purse|bag|phone|keys|kids|clothes i)\b(?: \w+){0,8}? (?:i had to (?:go|get out|leave)(?! to\b)|left everything|nothing else(?! to\b)|all i (?:have|took|grabbed|could grab))\b",
            r"\b(?:when|while|once) (?:he|she) (?:goes|is|has gone|leaves)\b(?: \w+){0,6}? (?:i am|i will be|we are) (?:taking|leaving|going|getting)\b(?: \w+){0,10}? (?:not telling (?:him|her)|without telling (?:him|her)|for good|not coming back)\b"
            + _NOT_A_SURPRISE,
            # gone tonight: the phone off because he tracks it, out before he got home, got out and staying at family
            r"\b(?:switched|turned) (?:my )?(?:phone|location|location sharing|gps)(?: off)?\b(?: \w+){0,2}? (?:off )?(?:because|as|since) (?:he|she) (?:tracks|can track|tracked|can see|follows)\b(?!(?: \w+){0,3}? (?:scores|football|match|game|parcel|delivery|flight)\b)",
            r"\bhad to get out (?:of (?:the house|there|the flat) )?before (?:he|she) (?:got|came|gets|comes) (?:home|back|in)\b"
            + _NOT_A_SURPRISE,
            r"\bgot out (?:last night|this morning|yesterday|tonight)\b(?! for\b)(?: \w+){0,2}? (?:we are|i am) (?:at|staying at|stopping at|sleeping at)\b(?!(?: \w+){0,4}? (?:cinema|pub|restaurant|party|gig|concert|show|bar)\b)",
        ),
        "possible": (
            r"\b(?:turned|switched|turn|switch|turning|switching) (?:off )?(?:my |the |all )?(?:location|locations|location sharing|find my|tracking|gps)(?: off)? (?:on|for) (?:everything|all|both|every)\b"
            r"(?!(?: \w+){0,6}? (?:battery|data|privacy|ads|advertisers|advert)\b)",
            r"\b(?:text|tell|ring|message) (?:him|her) (?:some |an |a )?(?:excuse|lie|story)\b(?: \w+){0,6}? (?:does not|will not|would not) (?:come looking|find|follow|come after|know where)\b",
            r"\b(?:switched|turned) (?:my |the )?(?:location|location sharing|phone|gps) off\b(?: \w+){0,3}? (?:i am|we are) (?:at|staying at|in) (?:a |my |our )?(?:friends|mates|sisters|mums|moms|mams|nans|aunties|auntys|brothers|cousins|motel|hotel|refuge)\b",
            r"\b(?:got|have|have got|put) the (?:kids|children|baby|boys|girls) in the car\b(?: \w+){0,4}? (?:i am )?driving\b(?! to (?:the|a|school|work|my|his|her|our)\b)(?: \w+){0,4}? (?:do not know where|nowhere to go|no idea where)\b(?! (?:\w+ ){0,3}?park)",
            r"\b(?:going|going to go|leaving|heading) to (?:my )?(?:mams|mums|moms|sisters|brothers|nans|dads|friends|mates|aunties|auntys|parents|cousins)\b(?: \w+){0,4}? (?:tonight|today|now)\b(?: \w+){0,3}? (?:i have not told (?:him|her)|he does not know|she does not know|without telling (?:him|her))\b"
            + _NOT_A_SURPRISE,
        ),
    },
    "control": {
        "possible": (
            # papers locked away, minutes to get home, the car or money withheld, permission for ordinary things
            r"\b(?:he|she) (?:keeps|has|holds|took|takes|locked|locks|hides|hid)\b(?: \w+){0,2}? (?:my|our|mine|the kids|both our|all our) (?:\w+ ){0,3}?(?:passports?|birth certificates?|documents|visa|papers|bank cards?)\b"
            r"(?: \w+){0,3}? (?:locked|in his|in her|so i can not)\b(?!(?: \w+){0,6}? (?:do not (?:get )?lose|safe keeping|safekeeping|for the (?:trip|holiday|flight))\b)",
            r"\b(?:he|she) (?:tells|told|gives|gave|decides) me how (?:many|long) (?:minutes|hours|mins)\b(?: \w+){0,4}? (?:to get|get) (?:home|back)\b(?!(?: \w+){0,5}? (?:before the (?:match|game|film|show)|kick off|traffic)\b)",
            r"\b(?:he|she) (?:gives|gave|allows|lets) me (?:\w+ ){1,2}?(?:minutes|mins) to get (?:home|back)\b(?!(?: \w+){0,5}? (?:before the (?:match|game|film|show)|kick off|traffic)\b)",
            r"\bif (?:dinner|tea|his dinner|his tea)\b(?: \w+){0,8}? (?:then )?i (?:do not|will not|can not) (?:get|have|use)\b(?: \w+){0,2}? (?:the car|my phone|money|the card|my card|any money|my keys)\b",
            r"\bi (?:have to|had to|must|got to|always have to|still have to) ask (?:him|her|his permission|her permission|permission)\b(?: \w+){0,2}? (?:to|if i can|if i could|before i|whether i can) "
            r"(?:see (?:my|her|anyone|friends)|visit (?:my|her)|go (?:out|anywhere|to the shops|shopping|to see)|buy (?:anything|clothes|myself|food)|get my hair|wear|spend (?:my|any|money))\b"
            r"(?!(?: \w+){0,6}? (?:boss|manager|work|school|teacher|landlord|council|planning|doctor)\b)",
            r"\basked (?:him|her) if i could (?:get|have) my hair (?:cut|done|coloured|dyed)\b",
            r"\b(?:he|she) (?:says|said|calls it|reckons|tells me|told me) (?:that )?(?:i am |i was )?stealing from (?:him|her)\b(?: \w+){0,8}? my (?:own )?(?:money|wages|pay|salary|job|earnings)\b",
            r"\b(?:hour|hours|minutes) on my (?:phone|mobile)\b(?: \w+){0,4}? (?:he|she) (?:keeps|takes|has|holds|locks) (?:it|him)\b",
            r"\b(?:he|she) (?:decides|decided|chooses) (?:if|whether|when|how often) i (?:can|could|am allowed to|get to) (?:see|visit|go|ring|call|talk)\b",
            r"\bmy (?:own )?(?:wages|pay|salary|money|pension|benefits|pay packet)\b(?: \w+){0,4}? (?:he|she) (?:takes|took) (?:him |it |her )?off me\b",
            r"\b(?:give|hand|gave|handed) (?:him|her) (?:all )?my (?:wages|pay|salary|pay packet|money)\b(?: \w+){0,6}? (?:let me keep|lets me keep|i get (?:a bit|some|\w+) back|gives me (?:a bit|some|\w+) back)\b",
            r"\b(?:he|she) (?:let|lets) me go (?:to|out)\b(?: \w+){0,4}? (?:as long as|if|so long as) i (?:send|sent|text|texted|share|shared|take|took)\b(?: \w+){0,3}? (?:photo|photos|picture|pictures|video|location|facetime|pin)\b",
            r"\b(?:he|she) (?:has to|gets to|needs to|must) (?:okay|ok|approve|check|pick|choose) (?:my|what i)\b(?: \w+){0,2}? (?:outfits?|clothes|wear|wearing)\b(?: \w+){0,3}? before i (?:leave|go|go out)\b(?! on (?:stage|air|camera|set)\b)",
        ),
    },
    "isolation": {
        "possible": (
            # a job lost to his calls, not out alone for months, friends dropped to stop his sulks
            r"\b(?:he|she) (?:rang|called|phoned|emailed|kept ringing|kept calling|messaged|turned up at) my (?:work|boss|manager|job|workplace)\b(?: \w+){0,14}? (?:let me go|sacked me|fired me|lost my job|lost the job|got the sack|had to quit)\b",
            r"\b(?:not|never) (?:been|gone|got) out (?:of (?:the|this|our|my) (?:house|flat|home|apartment) )?(?:on my own|by myself|alone|without (?:him|her))\b(?: \w+){0,2}? (?:since|in|for)\b"
            + _NOT_HEALTH,
            r"\bnot (?:left|been out of) the (?:house|flat|home)\b(?: \w+){0,2}? except (?:for|to)\b(?: \w+){0,3}? (?:in|for) (?:about |over )?(?:\w+ )?(?:months|weeks|year|years)\b"
            + _NOT_HEALTH,
            r"\b(?:sulk\w*|in a (?:mood|huff|strop))\b(?: \w+){0,4}? (?:for days|for a week|for ages)?\b(?: \w+){0,2}? (?:so )?i (?:stopped|have stopped|stop|gave up) (?:talking to|seeing|going out with|meeting|ringing|texting|visiting|going (?:out|to))\b",
            r"\bif i (?:go out|go anywhere|see (?:my|her)|talk to (?:my|her)|visit my)\b(?: \w+){0,6}? (?:he|she) (?:sulks|gets in a mood|goes in a mood|is in a mood)\b(?: \w+){0,2}? for days\b",
            r"\b(?:gets|goes|is) in a (?:mood|huff|strop) for days if i (?:go out|go|see|talk|visit|meet)\b",
            r"\b(?:not have|do not have|have not got|have no) (?:any )?friends left\b(?: \w+){0,4}? (?:after|since) (?:being with|meeting|getting with|moving in with)\b",
            r"\b(?:he|she) answers my (?:phone|mobile|calls)\b(?!(?: \w+){0,4}? (?:bath|shower|driving|cooking|asleep|sleeping|hands are full)\b)(?: \w+){0,6}? (?:says|tells (?:him|her)) i am (?:busy|out|asleep|not (?:here|in|available))\b",
            r"\b(?:nobody|no one|noone) (?:i am|i was) (?:allowed|permitted) to (?:talk to|see|speak to|ring|call|meet)\b(?! about\b| at work\b)",
            r"\bi am not (?:permitted|allowed) to go (?:\w+ ){0,3}?(?:alone|on my own|by myself|without (?:him|her))\b(?!(?: \w+){0,4}? (?:op|operation|surgery|doctor|hospital|seizure|fit|epilep\w*|stitches)\b)",
            r"\b(?:he|she) got rid of (?:everyone|everybody|all my friends)\b(?: \w+){0,2}? one by one\b",
        ),
    },
    "fear": {
        "possible": (
            # dread of his coming home, a door locked against him at night, the body's alarm at his car
            r"\b(?:bricking it|dreading|petrified|terrified|scared stiff|crapping myself|shitting myself)\b(?: about)? (?:him|her) (?:getting|coming) (?:home|back|in)\b"
            r"(?!(?: \w+){0,4}? (?:safe|safely|on the (?:roads?|motorway|bike)|in the (?:snow|fog|storm|dark)|driving|on his (?:bike|motorbike)|from (?:the|his) (?:trip|tour|deployment))\b)"
            rf"{ON_THE_ROADS}",
            r"\b(?:nights?|when (?:he|she) (?:gets|comes) (?:home|in|back)|when (?:he|she) is drunk)\b(?: \w+){0,2}? i lock myself (?:and the kids )?in\b"
            r"(?!(?: \w+){0,6}? (?:to (?:work|study|revise|read|write|get some work)|with a book|for a (?:bath|soak)|gaming|on my (?:laptop|computer))\b)",
            r"\block(?:ed|ing)? myself (?:and the kids )?in (?:the |my |a |our )?(?:\w+ )?(?:room|bedroom|bathroom|toilet)\b(?: \w+){0,8}? (?:listening|till (?:he|she)|until (?:he|she)|in case (?:he|she))\b",
            r"\b(?:heart (?:starts )?(?:racing|pounding|races|pounds|thumping)|go tense|tense up|i freeze|stomach drops)\b(?: \w+){0,6}? (?:when|every time|whenever) i hear (?:his (?:car|van|key|keys|footsteps|truck|ute|voice)|the key in the (?:door|lock))\b",
            r"\bcan not sleep when (?:he|she) is (?:home|in|here|in the house)\b(?!(?: \w+){0,4}? (?:snor\w*|tv|telly|gaming)\b)",
            r"\byou do not know what (?:he|she) is (?:like )?when (?:he|she) is (?:angry|drunk|drinking|in a mood|mad|cross|wound up)\b",
            r"\bwhen (?:he|she) goes quiet\b(?: \w+){0,4}? (?:something bad|something is coming|it is coming|i know what is coming|trouble)\b",
            r"\bin the house when (?:he|she) is (?:drinking|drunk|like that|in a mood)\b(?: \w+){0,3}? (?:scared|afraid|frightened|terrified)\b",
            r"\b(?:kids|children|boys|girls) (?:go|run|went|ran) (?:straight )?(?:to (?:their|his|her) rooms?|upstairs|and hide)\b(?: \w+){0,2}? when (?:they|he|she|we) hear (?:him|her|his (?:car|van|key|keys|truck))\b",
        ),
    },
}
# Wave 19 (helper ro): the rules' recall gaps shown by the blind hand zo, by family.
# Petrol, lighter fluid or paraffin near a lighter or matches, with no bonfire, barbecue or mower in the talk.
_FUEL = r"(?:petrol|gasoline|gas can|jerry can|lighter fluid|paraffin|kerosene|white spirit|meths|accelerant)"
_NOT_A_CHORE_FIRE = (
    r"(?:bonfire|barbecue|bbq|firepit|chiminea|burner|stove|mower|lawnmower|strimmer|generator|chainsaw|leaves|weeds|garden|camping|candles?"
    r"|fireworks?|outboard|boat|quad|scooter|moped|tank|pump|station|forecourt|garage|spilled|spilt|accident|accidentally)"
)
_FLAME = (
    r"(?:lighter|lighters|matches|a match|lit match|zippo|blowtorch|light (?:it|me|us|the \w+)|set (?:it|me|us|the \w+|everything)(?: \w+)? "
    r"(?:alight|on fire|ablaze|light)|set fire|set light|burn (?:it|me|us|the \w+|everything|us all|the lot)\b)"
)
# made, forced or bullied into it: the words before a pregnancy ended or kept for him
_MADE_ME = (
    r"(?:makes|made|making|forced|forces|forcing|force|pushed|pushes|pushing|pressured|pressures|pressuring|bullied|bullies|bullying) me (?:to |into )?"
)
_KIDS_TOO = r"(?: too| as| also| now| instead| and all|(?: \w+){0,2}? not (?:just |only )?me)\b"
_TAKEN_ELSEWHERE = (
    r"(?!(?: \w+){0,16}? (?:surprise|present|party|birthday|holiday|holidays|trip|flight|airport|plane|ferry|camping|festival|school run|work|shift"
    r"|fishing|golf|gym|day out|beach|match|race|appointment)\b)"
)
_FROM_W19_RO: dict[str, dict[str, tuple[str, ...]]] = {
    "strangulation": {
        "possible": (
            # "he's done the neck thing again", "the choking thing", "that thing with my throat"
            r"\b(?:he|she)\b(?: \w+){0,3}? (?:done|does|did|doing|do|tried|tries|started|starts) (?:the|that|his|her) (?:neck|throat|choking|choke|strangling|strangle"
            r"|squeezing) thing\b(?!(?: \w+){0,6}? (?:crack\w*|click\w*|stretch\w*|massag\w*|yoga|pilates|physio\w*|chiro\w*|osteo\w*|gym|warm up|exercise"
            r"|singing|vocal|on (?:his|her) (?:food|milk|bottle|dinner|drink))\b)",
            r"\b(?:he|she)\b(?: \w+){0,3}? (?:done|does|did|doing|do|tried|tries) (?:that|the|his|her) thing (?:with|to|on) my (?:neck|throat|windpipe)\b"
            r"(?!(?: \w+){0,6}? (?:crack\w*|click\w*|stretch\w*|massag\w*|physio\w*|chiro\w*|osteo\w*)\b)",
        ),
    },
    "weapon": {
        "clear": (
            # an accelerant got out near a flame: "the petrol can and a lighter", "poured lighter fluid on the stairs"
            rf"\b(?:he|she)\b(?: \w+){{0,4}}? (?:got|gets|has|had|holding|held|holds|brought|brings|bringing|fetched|carrying|carried|came in with|comes in with"
            rf"|poured|pouring|pours|splashed|splashing|splashes|doused|dousing|sloshed|sloshing|took out|pulled out|with) (?:\w+ ){{0,3}}?{_FUEL}\b"
            rf"(?: (?!{_NOT_A_CHORE_FIRE}\b)\w+){{0,14}}? {_FLAME}(?!(?: \w+){{0,8}}? {_NOT_A_CHORE_FIRE}\b)",
            rf"\b(?:he|she)\b(?: \w+){{0,4}}? (?:got|has|had|holding|held|stood|standing|waving|waved|flicking|flicked|clicking|clicked|with) (?:\w+ ){{0,3}}?"
            rf"(?:lighter|lighters|matches|zippo)\b(?: (?!{_NOT_A_CHORE_FIRE}\b)\w+){{0,8}}? {_FUEL} (?:can|cans|canister|everywhere|all over|over|on|round"
            rf"|around|through)\b(?!(?: \w+){{0,8}}? {_NOT_A_CHORE_FIRE}\b)",
            rf"\b(?:he|she)\b(?: \w+){{0,6}}? (?:pour\w*|splash\w*|dous\w*|slosh\w*|tip\w*) (?:\w+ )?{_FUEL} (?:on|over|all over|round|around|through|down|up)"
            r" (?:me|us|the kids|my|our|the (?:house|flat|hall|hallway|stairs|landing|bed|carpet|floor|door|letterbox|letter box|sofa|car|bedroom|kitchen))\b"
            rf"(?!(?: \w+){{0,8}}? {_NOT_A_CHORE_FIRE}\b)",
        ),
    },
    "sexual": {
        "possible": (
            # contraception tampered with or taken away, a pregnancy ended or kept for him, "it doesn't count, we're married"
            r"\b(?:he|she)\b(?: \w+){0,3}? (?:put\w*|poke\w*|poking|prick\w*|stick\w*|stuck|make\w*|made|making|cut\w*|rip\w*|nick\w*) (?:\w+ )?holes? in "
            r"(?:my |the |our |all the |his |her )?(?:condoms?|johnnies|rubbers|diaphragm)\b",
            r"\b(?:he|she)\b(?: \w+){0,3}? (?:tamper\w*|mess\w*|fiddl\w*|interfer\w*) with (?:my |the |our )?(?:condoms?|johnnies|rubbers|contraceptive pill|pill"
            r"|contraception|birth control|coil|diaphragm)\b",
            r"\b(?:he|she)\b(?: \w+){0,3}? (?:flush\w*|hid|hides|hiding|swapped|swaps|swapping|stole|steals) (?:away )?my (?:contraceptive pills?|pill|contraception|birth control|morning after pill|condoms)\b"
            r"(?!(?: \w+){0,4}? (?:by mistake|by accident|accidentally|organi[sz]er|box|case|bottle|reminder|for (?:safe ?keeping|me))\b)",
            rf"\b(?:he|she)\b(?: \w+){{0,3}}? {_MADE_ME}"
            r"(?:(?:have|having|get|getting) (?:an |another |the )?(?:abortion|termination)s?|terminat\w*|abort\w*"
            r"|end(?:ing)? the pregnancy|get(?:ting)? rid of (?:the baby|the pregnancy|my baby|our baby|the babies))\b",
            rf"\b(?:he|she)\b(?: \w+){{0,3}}? {_MADE_ME}"
            r"(?:get(?:ting)? rid of (?:it|them)|end(?:ing)? it|keep(?:ing)? (?:it|the baby|the pregnancy|them))\b(?: \w+){0,12}? (?:baby|babies|pregnan\w*"
            r"|abortion|termination|scan|midwife|clinic|unborn)\b",
            r"\b(?:he|she)\b(?: \w+){0,3}? (?:will not|would not|does not|did not|refuses to|refused to) let me (?:have (?:an |the )?(?:abortion|termination)"
            r"|get rid of (?:the baby|the pregnancy)|take the morning after pill|go on the pill|get the (?:pill|coil|implant)|use (?:contraception|protection|condoms)"
            r"|take my pill)\b(?!(?: \w+){0,6}? (?:migraine\w*|blood pressure|clot\w*|smok\w*|health|side effects|doctor|gp|nurse)\b)",
            r"\b(?:count|counts|counted|counting) as (?:rape|forcing|force|forced|assault|sexual assault|abuse)\b(?: \w+){0,3}? (?:because|since|as|if|when|cos"
            r"|now) (?:we are|we were|you are|i am|we have been|we got|you were|i was|i am his|we are still) (?:married|wife|his wife|husband and wife)\b",
            r"\b(?:not|never|no such thing as) (?:rape|raping|forcing|forced|force|assault)\b(?: \w+){0,3}? (?:because|since|as|if|when|cos|in) (?:we are|we were"
            r"|you are|i am|we have been|you were|i was|a) (?:married|marriage|his wife)\b",
            r"\b(?:can not|could not|is not|not|no such thing as) (?:rape|raping|force|forcing) (?:your|his|her|a|my|their) (?:own )?(?:wife|husband)\b",
        ),
    },
    "children_pets": {
        "possible": (
            # the harm "has started on the kids too", "turned on the kids now"
            rf"\b(?:he|she)\b(?: \w+){{0,2}}? (?:started|starting|starts|begun|began|beginning|turned|turning|turns|now|also) (?:going for|to go for|on|hitting"
            rf"|to hit|smacking|to smack|laying into|to lay into|taking it out on|to take it out on|lashing out at|to lash out at|going after|to go after|hurting"
            rf"|to hurt|shoving|to shove|kicking|to kick|punching|to punch) (?:the |my |our |his |her )?(?:{KID}|{PET})\b{_KIDS_TOO}",
        ),
    },
    "control": {
        "possible": (
            # immigration held over me: the sponsorship form unsigned, the visa cancelled, unless I drop something
            r"\b(?:he|she)\b(?: \w+){0,3}? (?:will not|would not|refuses to|refused to|is refusing to|threaten\w* not to|says (?:he|she) will not"
            r"|said (?:he|she) would not) (?:sign|renew|support|sponsor|submit|send off|send in|fill in|fill out|extend|back|pay for)\b(?: \w+){0,3}? "
            r"(?:sponsorship|visa|spouse visa|green card|residency|residence|immigration|citizenship|settlement|leave to remain)\b(?: \w+){0,10}? "
            r"(?:unless|until|if) i (?:do not )?(?:drop|withdraw|stop|cancel|call off|stay|come back|move back|do (?:what|as)|behave|sleep|give|hand|sign over"
            r"|forget|leave|take back|apologi\w*|go back|obey|agree)\b",
            r"\bthreaten\w* to (?:cancel|withdraw|pull|stop|drop|end|report) (?:my |the |his |her )?(?:sponsorship|visa|spouse visa|green card|residency"
            r"|immigration application|citizenship application)\b(?: \w+){0,6}? (?:if|unless|when|because) i\b",
            # money of my own met with a sneer: "boundaries are for people who pay the bills"
            r"\b(?:boundaries|rights|opinions|a say|privacy|choices|feelings|own money|money of (?:my|your) own|bank cards?|bank accounts?) (?:are|is) "
            r"(?:only )?for (?:people|those|women|wives|someone|somebody|adults|grown ups|anyone) (?:who|that) (?:pay|pays|paying) (?:the |their (?:own )?)?"
            r"(?:bills|rent|mortgage|way)\b",
            r"\b(?:he|she)\b(?: \w+){0,3}? (?:laughed|laughs|laughing|sneered|sneers|scoffed|scoffs|smirked|smirks|mocked|mocks|jeered)\b(?: \w+){0,4}? "
            r"(?:when|because|after|as|at) (?:i|me) (?:asked|asking|said|saying|mentioned|wanted|want)\b(?: \w+){0,3}? (?:my own (?:money|account|bank account"
            r"|card|bank card|wages|pay)|money of my own|a bank account of my own|my wages back)\b",
        ),
    },
    "isolation": {
        "possible": (
            # an ultimatum between him and the people I love: "it's her or him", "choose between me and your family"
            r"\b(?:he|she)\b(?: \w+){0,3}? (?:says|said|told me|tells me|telling me|saying|keeps saying|reckons|made it clear|makes it clear)\b(?: \w+){0,2}? "
            r"(?:it is|it was|it will be) (?:her|him|them|they|my \w+|your \w+) or (?:him|her|me)\b"
            r"(?!(?: \w+){0,3}? (?:for|on|in|at|to) (?:the )?(?:last|spare|front|back|top|bottom|next|first|final|room|seat|rota|turn|bath|shower|team|job"
            r"|promotion|game|part|role|lead|trophy|car|sofa|bed|bridesmaid|best man)\b)",
            r"\bit is (?:me|him|her) or (?:your|my|his|her) (?:\w+ )?(?:family|friends|mates|mum|mom|mam|mother|dad|father|sister|brother|parents|daughter|son"
            r"|kids|best friend|folks)\b(?!(?: \w+){0,3}? (?:for|on|in|at|to) (?:the )?(?:last|spare|front|back|room|seat|rota|turn|bath|shower|team|sofa|bed"
            r"|lift|washing up|dishes|cooking|driving)\b)",
            r"\b(?:he|she)\b(?: \w+){0,6}? (?:make me|made me|makes me|wants me to|told me to|tells me to|said|says|keeps saying|keeps telling me to)\b(?: \w+){0,2}? "
            r"(?:choose|pick|decide) (?:between )?(?:me|him|her) (?:and|or) (?:your|my|his|her) (?:\w+ )?(?:family|friends|mates|mum|mom|mam|mother|dad|father"
            r"|sister|brother|parents|daughter|son|kids|best friend|folks)\b(?!(?: \w+){0,4}? (?:bridesmaid|best man|team|seat|lift|job|game|quiz|partner for)\b)",
        ),
    },
    "fleeing": {
        "clear": (
            # gone before he wakes, the kids' things in bin bags by the door
            r"\b(?:we are|i am|we will be|i will be|we have to be|i have to be|we need to be|i need to be|we have got to be|i have got to be|we must be|i must be"
            r"|we have to|i have to|we need to|i need to|we are going to|i am going to)\b"
            rf"{_TAKEN_ELSEWHERE} (?:leaving|going|gone|getting out|get out|go|leave|out|out of here|away)\b(?: \w+){{0,3}}? before (?:he|she) (?:wakes|is awake"
            r"|gets up|is up|comes round|comes to|sobers up|gets home|gets back|comes home|comes back|gets in|is home|is back)\b(?: \w+){0,12}? (?:kids|children"
            r"|baby|bags?|bin bags|things|stuff|clothes|packed|for good|not coming back|never coming back|does not know|without telling|forever|refuge)\b",
            r"\b(?:packed|in (?:bin bags|bin liners|black bags|carrier bags|bags|a bag|a holdall|a suitcase))\b(?: \w+){0,4}? (?:by|at|behind|near|next to|under|in)"
            r" (?:the )?(?:back |front |bedroom |spare room )?(?:door|stairs|bed|wardrobe|boot)\b"
            rf"{_TAKEN_ELSEWHERE}(?: \w+){{0,10}}? (?:before (?:he|she)|so (?:he|she) (?:does not|will not|can not|would not)|(?:he|she) (?:does not|will not"
            r"|can not) (?:know|see|find)|when (?:he|she) (?:goes|is) out|while (?:he|she) (?:is|sleeps))\b",
        ),
    },
}
# Wave 20 (helper zp): the whole screen's danger misses in the blind hand zp, by family.
_HELP_THING = r"(?:number|numbers|details|address|website|site|contact|contacts|helpline|hotline|line|refuge|leaflet|info|information)"
_HIDDEN_FROM_HIM = (
    r"(?:where|anywhere|somewhere|in case|because|as|so|cos) (?:he|she)(?: would| will| could| can| might| is going to| does not| will not| can not)?"
    r" (?:see|sees|find|finds|look|looks|check|checks|read|reads|know|knows|go through|goes through|get to|gets to)\b"
)
_THE_MEANS = (
    r"(?:rope|ropes|noose|pills|tablets|painkillers|sleeping pills|sleeping tablets|paracetamol|razor blades|razors|blades|bridge|railway line"
    r"|railway|cliff|cliffs|ledge)"
)
_FROM_W20_ZP: dict[str, dict[str, tuple[str, ...]]] = {
    "asks_help": {
        "possible": (
            # a number asked for and kept where he will not see it; somewhere to stay away from him
            rf"\b{_HELP_THING}\b(?: \w+){{0,8}}? (?:not|do not|never|without) (?:save|saving|store|storing|keep|keeping|put|putting|write|writing|leave"
            rf"|leaving|add|adding|show|showing)\b(?: \w+){{0,4}}? {_HIDDEN_FROM_HIM}{_NOT_A_SURPRISE}",
            r"\b(?:somewhere|anywhere|a place|a bed|a room)\b (?:\w+ ){0,2}?(?:i|we|me and the kids|the kids and i|me and my \w+) (?:can|could|might)"
            r" (?:go|stay|sleep|get to|hide)\b(?: \w+){0,10}? away from (?:him|her|he)\b",
        ),
    },
    "self_harm": {
        "possible": (
            # thanks for everything, then goodbye with no next time; drawn again and again to the means
            r"\b(?:thank (?:you|u)|thanks) for everything\b"
            r"(?!(?: \w+){0,16}? (?:for now|see you|speak (?:to you )?(?:soon|later|tomorrow|tonight)|talk (?:to you )?(?:soon|later|tomorrow|tonight)"
            r"|tomorrow|next (?:time|week)|later|soon|till|until|again|in the morning)\b)(?: \w+){0,12}? (?:goodbye|good bye|bye|farewell)\b",
            rf"\b{_THE_MEANS}\b(?: \w+){{0,16}}? i (?:keep|kept|keep on|caught myself|catch myself|find myself|found myself)\b(?: \w+){{0,4}}? "
            r"(?:looking at|staring at|checking on|touching|holding|counting)\b (?:it|them|him)\b"
            r"(?!(?: \w+){0,8}? (?:to (?:make sure|check)|in case i (?:missed|forgot)|for (?:the|my) (?:repeat|prescription|pharmacy|chemist)"
            r"|missed a (?:day|dose)|forgot (?:one|a dose)|reorder|refill|bargain|price|for sale|buy|bought|fix|mend|paint)\b)",
        ),
    },
    "control": {
        "possible": (
            # a pin or a password he knows that I can not change without him knowing
            r"\b(?:pin|pins|password|passwords|passcode|passcodes|login|logins|code)\b(?: \w+){0,12}? (?:can not|could not|am not allowed to"
            r"|do not dare|dare not|will not let me|would not let me) (?:change|reset|update) (?:it|them|my \w+|the \w+)\b(?: \w+){0,3}? "
            r"(?:without (?:him|her) (?:knowing|finding out|noticing|seeing|asking|checking)|or (?:he|she) (?:will|would|finds|gets|goes|kicks))\b",
        ),
    },
    "isolation": {
        "possible": (
            # he listens in on my calls, so I keep them short or say nothing
            r"\b(?:he|she) (?:listens in|listens|eavesdrops|sits (?:right )?(?:next to|beside|with) me|stands (?:over|next to|behind) me|hovers"
            r"|puts (?:it|me) on speaker|makes me put (?:it|him|her) on speaker)\b(?: \w+){0,2}? (?:when|whenever|every time|while|if) i (?:am )?"
            r"(?:on the phone|ring|call|phone|talk to|speak to|facetime|video call)\b(?: \w+){0,12}? (?:i )?(?:keep (?:it|them|calls) (?:\w+ )?short"
            r"|hang up|cut (?:it|them) short|can not (?:talk|say|speak)|do not (?:talk|say|ring|call)|stopped (?:ringing|calling)|make excuses"
            r"|only (?:talk|ring|call|say))\b",
        ),
    },
    "violence": {
        "possible": (
            # a cover story told for a mark on my face or arms: "I told work the cut on my lip was from the cupboard door"
            r"\b(?:told|tell|telling|said to|say to)\b (?:work|my boss|everyone|everybody|people|school|the school|the teacher|my \w+|the doctor"
            r"|the nurse|the gp|colleagues|them|the girls|the lads)\b(?: that)? (?:the|my|this) (?:cut|cuts|bruise|bruises|black eye|mark|marks"
            r"|split lip|fat lip|swelling|scratch|scratches|burn|graze|lump|bump)\b(?: (?:on|under|round|around|by) (?:my|the) (?:lip|lips|face|eye"
            r"|cheek|neck|arm|arms|wrist|wrists|jaw|forehead|head|nose|chin|mouth|temple|ribs))? (?:was|came) (?:from|off) (?:the|a|an|my) "
            r"(?:kitchen |bathroom |bedroom |car |wardrobe )?(?:cupboard|cupboard door|door|doorframe|door frame|stairs|fall|step|shelf|table)\b",
        ),
    },
}
for _more in (
    _FROM_L,
    _FROM_M,
    _FROM_N,
    _FROM_O,
    _FROM_P,
    _FROM_Q,
    _FROM_S,
    _FROM_R_SELF,
    _FROM_R_SB,
    _FROM_W15,
    _FROM_W16_BL,
    _FROM_W17_RF,
    _FROM_W17_SH,
    _FROM_W18_RH,
    _FROM_W19_RZ,
    _FROM_W19_RO,
    _FROM_W20_ZP,
):
    for _cls, _tiers in _more.items():
        for _tier, _patterns in _tiers.items():
            RULES[_cls][_tier] = (*RULES[_cls].get(_tier, ()), *_patterns)
