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
    "neighbor neighbors coworkers colleague boss work nan grandma auntie cousin bestie nana granny "
    "grandad grandpa uncle aunt sis bro cousins pals pal besties neighbours people workmates coworker coworkers classmates community",
    "HARM": "hit punch slap kick beat hurt harm push shove grab choke strangle throttle smother suffocate "
    "throw threw toss hurl fling flung smash slam bash smack whack thump batter attack assault abuse "
    "stab shoot shot kill murder bite burn drag pin shake shook strike struck elbow knee headbutt "
    "bruise injure injured wound rough violent violence knock spat spit twist squeeze crush pinch "
    "scratch stomp stamp trip yank bleed bled blood broke broken fracture hospital clobber wallop "
    "belt thrash deck clock swing swung lash shoved pushed slapped punched kicked beaten black "
    "bloody split concussion stitches sprain dislocated torture shoving dragged hurled pinned "
    "restrained tackled kneed choked bit bitten burnt scalded pulled chucked chuck lobbed snapped "
    "smashed marks welts shiner busted cracked manhandled roughed physical physically slams bangs "
    "banged rammed shoves",
    "BODY": "neck throat face head arm arms wrist hair eye eyes rib ribs back chest body skin mouth nose leg "
    "stomach belly jaw lip lips shoulder cheek ear finger fingers hand hands windpipe airway breath "
    "breathe breathing collar scalp teeth tooth skull knee knees ankle foot feet toes thumb ribcage "
    "gut spine forehead temple nails",
    "DEATH": "die dies died dead death dying kill suicide suicidal alive live living life exist existing gone "
    "disappear vanish funeral grave end ending over forever wake asleep sleep goodbye miss burden "
    "anymore afterlife heaven unalive kms overdose lifeless waking tomorrow morning rest peace fade "
    "born existence cease ended without",
    "MEANS": "pill pills tablets overdose rope noose bridge blade razor cut cutting jump ledge roof cliff "
    "train tracks drown hang hanging gas exhaust bottle paracetamol sleeping stockpile saving poison "
    "bleach wrists veins meds medication painkillers stash hoard motorway traffic edge building "
    "river sea car crash cuts scars scar relapse relapsed urges urge self overdosed stockpiling "
    "collected gun trigger insulin railway platform pier lake fence rifle sleeves",
    "WEAPON": "gun guns rifle pistol shotgun firearm weapon weapons knife knives machete axe hatchet hammer "
    "bat crowbar taser bullet bullets ammo loaded trigger piece blade cleaver pointed aimed holster "
    "armed blades scissors screwdriver shovel spanner wrench golf club stick poker baseball",
    "CHILD": "kid kids children child son daughter baby babies toddler boy girl teen teenager stepson "
    "stepdaughter little infant newborn sons daughters kiddo kiddos lad lads lass bairn bairns wean "
    "weans youngest eldest oldest twins stepkids grandkid grandkids grandson granddaughter nephew "
    "niece nursery cot crib pram babe",
    "PET": "dog cat puppy kitten pet rabbit bunny hamster horse bird parrot animal animals pup pups dogs "
    "cats kitty tortoise budgie ferret pony vet doggy pooch goldfish fish chickens hens",
    "MONEY": "money bank account card cards wage wages paycheck salary cash allowance credit debit benefits "
    "savings pay paid spend spending receipts budget pension loan loans debt finances income",
    "DEVICE": "phone mobile cell text texts message messages email password passwords passcode social laptop "
    "computer app apps snapchat instagram facebook whatsapp icloud location sim iphone android "
    "tablet ipad messenger tiktok dms dm inbox calls voicemail voicemails browser history "
    "screenshots screenshot landline",
    "BELONGING": "keys key car passport documents papers license licence visa id wallet purse birth certificate permit residence",
    "WATCH": "track tracking tracker follow follows followed watch watching check checks checking gps "
    "location camera cameras spy spying read reads monitor listen listening record recording airtag "
    "outside appear showed show shows turn turns everywhere stalk stalking lurking parked waiting "
    "drives hacked logged snoop snooping tracks tracked following spyware keylogger find screenshots "
    "screenshot scroll scrolls logs login history mileage doorbell nanny cam waits turned turning "
    "appears appeared drove drive past knows whereabouts interrogates quizzes proof facetime sharing "
    "live bugged bug hacks hack spies tracing trace stalker stalked stalks lurks",
    "FEAR": "scared afraid terrified frightened fear petrified nervous anxious panic shaking trembling "
    "tiptoe eggshells flinch dread unsafe danger dangerous scary scare terror freeze frozen "
    "intimidated intimidate jumpy paranoid wary worried worry uneasy edge nerves spooked shaken "
    "rattled creeped creepy unnerved cowering cower cowered quietly hostage tense stiff",
    "FLEE": "leave left run ran escape hide hiding hid flee fled bag packed pack shelter lock locked "
    "bathroom sneak away refuge somewhere stay staying sleep motel hotel sofa couch closet out "
    "getaway barricaded bolt bolted crashing homeless rough packing escaped escaping leaving fleeing "
    "runaway hideout safehouse",
    "HELP": "help hotline police cops 911 999 000 112 emergency call ring shelter advice support rescue save "
    "number helpline someone anybody anyone ambulance helping helped advocate counsellor counselor "
    "domestic protection restraining injunction report reporting lawyer legal urgent urgently please "
    "desperate",
    "CONFINE": "let allow allowed permission forbid forbids forbidden ban banned stop stops stopped keep keeps "
    "kept control controls controlling take takes took makes made force forced rule rules check lock "
    "cut isolate isolated alone nobody trapped prisoner refuses refused hides hid taken confiscated "
    "withhold withholds demand demands approval ask stopping forbade allows allowing lets letting "
    "controlled jealous moved distance bans monitors",
    "SEXUAL": "sex sexual touch touched touching bed consent rape raped naked nude nudes photos pictures video "
    "undress grope groped private unwanted forced intimate sleep molest molested assault favours "
    "sexually sleeping drunk unconscious asleep woke kiss kissing fondle fondled breasts crotch "
    "privates filmed filming film revenge porn condom stealthing pregnant",
    "THREAT": "threaten threatened threat threats said says told tell warned warn swore swear promised promise "
    "if regret sorry pay unless otherwise dare careful accident accidents happen happens shame pity "
    "consequences else wait price deport deported custody immigration ever",
    "SAFE": "safe safety secure okay ok fine",  # danger only with a NEG before it: "I do not feel safe"
    "NEG": "not never no nothing nobody none nowhere",
    "PLAY": "joke jokes joking kidding laugh laughing laughed funny tease teasing pun puns prank playful "
    "game games chess cards tickle tickled pillow fight cushion banter silly lol haha jk lmao movie "
    "film show book novel series episode character match football rugby team boxing gym sparring "
    "wrestling workout zombie zombies fortnite minecraft recipe cooking oven dough garden weeds "
    "plants lawn",  # idioms: "kills me with his jokes"
    "HOPELESS": "pointless worthless hopeless useless nothing empty numb tired exhausted cope cannot done enough "
    "giving point reason trapped stuck disappear burden hopelessness despair meaningless "
    "numbness drained weight drowning sinking",
    "NOW": "now tonight right outside coming door home here minute soon today currently moment yet until "
    "while before gets back",
    "DISTRESS": "crying cry cried sobbing shaking shook hurt hurting pain bleeding bruised bruises injured "
    "limping swollen sobbed sob shaky wept weeping bleeds limp",
    "HIDEPLACE": "bathroom toilet loo closet cupboard wardrobe garage shed basement attic bedroom car locked lock "
    "barricaded bolted hiding hide hid motel hotel refuge shelter sofa couch",
    "QUIET": "whisper whispering whispered quiet quietly silent silently hear hears heard sleeping asleep",
    "COERCE": "pressure pressures pressured guilt guilts guilted owe owes owed duty obligation insist insists "
    "insisted begged persuade nag nags nagged sulk sulks sulked punish punishes punished force "
    "forced forces make makes made",
    "CONTACT": "calls called calling rang ringing ring texts texted texting messages messaged voicemails "
    "nonstop constantly hundreds dozens repeatedly relentless",
    "SEE": "see seeing seen saw visit visits visited visiting meet meeting met contact talk talking speak "
    "speaking hang hanging go going out",
    "LONELY": "alone lonely isolated isolating nobody noone anyone anybody cut lost touch drifted network spoken isolation",
    "TEMPER": "temper rage raging rages explode explodes exploded exploding snap snaps snapped blow blows fury "
    "furious livid mood moods angry anger mad outburst outbursts scream screams screamed screaming "
    "yell yells yelled yelling shout shouts shouted shouting",
    "PLAN": "plan plans planned planning note letter letters goodbye goodbyes affairs giving away "
    "stockpile stockpiling saving collected researched method tidying arrangements rehome rehoming",
    "AGAIN": "again always every keeps kept constantly anymore lately whenever still",
    # where people meet others, and what a child says or where a child is seen (isolation; children)
    "SOCIAL": "church temple mosque choir club playgroup group classes party parties barbecue bbq drinks pub "
    "outing outings gathering gatherings reunion",
    "KIDTALK": "school teacher teachers daddy mummy mommy mama papa access visitation handover homework "
    "playground daycare babysitter",
    "WORK": "work job office meeting deadline boss shift manager colleague client project",
}
