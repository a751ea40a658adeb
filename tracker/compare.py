"""Which claims agree, which contradict, which merely repeat each other.

Claims are first put in blocks: relational claims by the pair of actors they are about, expanded
through the entity links (a claim about al-Nusra also sits in the al-Qaeda blocks); event claims by
relation, actor and week; figures by what they count and the actor. Only claims sharing a block are
compared, so the work grows with the block sizes, not with the square of all claims; a block larger
than MAX_BLOCK is compared within a sliding window of its claims sorted by time.

Within a block the lattice of rules/ar/lattice.yaml decides (every verdict names its rule); echoes
(the same speaker in another article, or the same wording republished) come first and are never also
counted as agreement. A named speaker's claims also meet outside the blocks, to find a quotation retold
in part (`_speaker_pairs`). Where the lattice has no opinion, tracker.stance is consulted (`_undecided`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tracker import claimmatch, echo, entities, lexicon, propositions, quantities, rules
from tracker.arabic import ARTICLE, norm, normed, stems, verb_core, verb_cores, verb_like, words
from tracker.detectors import lexicons
from tracker.models import Comparison, Modality, Proposition, Quantity, Record
from tracker.quantities import is_period

CACHE = 20_000
"""Entries of each per-text and per-pair cache (8,192 made a whole-corpus ingest a third slower)."""
MAX_BLOCK = 150
"""Blocks larger than this are compared within a window of WINDOW neighbours (sorted by time): one
question read in dozens of articles is compared all pairs; a corpus-wide block stays linear."""
WINDOW = 40
MAX_ACTORS = 4
"""Actors of one claim that form pair keys (a claim naming many actors is about the first few)."""
SPEAKER_CONTAINMENT = 0.8
ACTOR_SEPARATOR = " – "
"""Between the actor ids of a comparison's `proposition` (ids never contain it)."""
UNNAMED = "unnamed actors"
AGREEMENT, MEETING = "agreement", "meeting"

RuleVerdict = Literal["agree", "contradict", "echo", "judge", "none"]
RULE_IDS = (
    "echo-same-speaker",
    "echo-same-text",
    "contradict-denial",
    "contradict-not-reached",
    "contradict-not-kept",
    "contradict-merely",
    "contradict-exclusive",
    "contradict-holder",
    "contradict-identity",
    "contradict-involvement",
    "contradict-attacker",
    "contradict-figures",
    "contradict-part-exceeds",
    "agree-same",
    "agree-implied",
    "agree-denial",
    "agree-merely-denial",
    "agree-figures",
    "stance",
    "compatible-lattice",
    "compatible-modality",
    "compatible-flow-total",
    "compatible-part-total",
    "compatible-update",
    "compatible-not-yet",
    "compatible-same-speaker",
)


class LatticeRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    verdict: RuleVerdict
    confidence: float = Field(default=1.0, ge=0, le=1)
    reason: str = Field(min_length=1)


class KindOf(BaseModel):
    """Words for a kind of thing (منشأة طبية) and the things of that kind (مستشفى، مستوصف)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    names: list[str] = Field(min_length=1)
    members: list[str] = Field(min_length=1)


class Opposites(BaseModel):
    """Two attributes nothing can have both of (عسكرية / مدنية), each in its forms."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    one: list[str] = Field(min_length=1)
    other: list[str] = Field(min_length=1)


class LatticeRules(BaseModel):
    """rules/ar/lattice.yaml"""

    model_config = ConfigDict(extra="forbid", frozen=True)

    implies: dict[str, list[str]]
    excludes: dict[str, list[str]]
    restrictive_denies: dict[str, list[str]]
    no_verdict_modalities: list[Modality]
    hedged_confidence: float = Field(ge=0, le=1)
    same_event_days: int = Field(ge=0)
    story_days: int = Field(ge=0)
    story_span_days: int = Field(default=31, ge=0)
    same_event_overlap: float = Field(ge=0, le=1)
    same_event_overlap_longer: float = Field(default=0.0, ge=0, le=1)
    story_words: int = Field(default=1, ge=1)
    story_overlap: float = Field(default=1.0, ge=0, le=1)
    story_rare: int = Field(default=1, ge=1)
    story_rare_reports: int = Field(default=0, ge=0)
    story_total: list[str] = Field(default_factory=list, description="A story's whole toll: عدد القتلى.")
    not_names: list[str] = Field(default_factory=list, description="Headline words naming no place: قرب.")
    event_generic_words: list[str] = Field(default_factory=list)
    trigger_places: list[str] = Field(default_factory=list, description="Places in triggers: سقوط المقر.")
    shared_trigger_words: list[str] = Field(
        default_factory=list, description="Trigger words of other phrases too: حظر التجول / حظر الطيران."
    )
    other_event: list[str] = Field(default_factory=list, description="هجوم آخر، حادثة منفصلة، أيضا.")
    article_event: list[str] = Field(
        default_factory=list, description="The article's event: الهجوم، الحصيلة."
    )
    what_happened: list[str] = Field(default_factory=list, description="What happened: ما حدث.")
    tie_unnamed: list[str] = Field(default_factory=list, description="A tie, its parties unnamed: ما يجري.")
    hearsay: list[str] = Field(default_factory=list, description="A rumour retold: ما تردد، شائعات.")
    verb_negators: list[str] = Field(default_factory=list, description="Negators of a verb: لم، لن.")
    noun_negator: str = Field(default="", description="Negates a noun only opening a clause: لا.")
    not_denied_verbs: list[str] = Field(default_factory=list, description="Not denied after one: يزال.")
    denied_except: list[str] = Field(default_factory=list, description="Some kept: لم يعتقل سوى.")
    vague_objects: list[str] = Field(default_factory=list, description="Objects telling nothing: شيئا.")
    universal: list[str] = Field(default_factory=list, description="Any one at all: أحدا، بشيء.")
    amount_words: list[str] = Field(default_factory=list, description="Words of any amount: بلغت، نسبة.")
    amount_changes: list[str] = Field(default_factory=list, description="An amount's rise or fall: تراجعت.")
    means: dict[str, list[str]] = Field(
        default_factory=dict, description="Means of force by kind: الرصاص الحي."
    )
    use_verbs: list[str] = Field(default_factory=list, description="Verbs of using a means: استخدمت.")
    means_joiners: list[str] = Field(default_factory=list, description="ولا: one more means denied.")
    time_bound: list[str] = Field(default_factory=list, description="A span a denial is of: في الليلة.")
    told_not_after: list[str] = Field(default_factory=list, description="Not told done after: أن.")
    contrast: list[str] = Field(default_factory=list, description="Another told instead: بل.")
    opposites: list[Opposites] = Field(default_factory=list, description="عسكرية / مدنية.")
    none_such: list[str] = Field(default_factory=list, description="There is none: لا، لا يوجد أي.")
    none_such_before: list[str] = Field(default_factory=list, description="After a noun denied: في.")
    article_dead: list[str] = Field(default_factory=list, description="The article's dead: القتلى.")
    held: list[str] = Field(default_factory=list, description="The people arrested: الموقوفين.")
    held_accused: list[str] = Field(
        default_factory=list, description="The arrested named by their charge: ثمانية «متعاونين»."
    )
    any_party: list[str] = Field(default_factory=list, description="A second party left open: مع أي طرف.")
    any_tie: list[str] = Field(
        default_factory=list, description="A tie of any kind, no party named: أي تحالف."
    )
    any_link: list[str] = Field(default_factory=list, description="A link of any kind: أي صلة.")
    involvement: list[str] = Field(default_factory=list, description="Taking part, a link: مشاركة، علاقة.")
    presence: list[str] = Field(default_factory=list, description="Fighters there: وجود مقاتلين.")
    presence_kinds: list[str] = Field(default_factory=list, description="Fighters of a kind: أجانب.")
    contested: list[str] = Field(default_factory=list, description="Ground held by no side: كر وفر.")
    civilian_trades: list[str] = Field(default_factory=list, description="Civilians by trade: صيادين.")
    children_women: list[str] = Field(default_factory=list, description="Children or women: طفلان، نساء.")
    fighting: list[str] = Field(default_factory=list, description="The fighting: المعارك، ما يجري.")
    own_link: list[str] = Field(default_factory=list, description="Of the speaker's side: له، لها.")
    involved_in: list[str] = Field(default_factory=list, description="Relations giving a side a part.")
    taking_part: list[str] = Field(default_factory=list, description="Verbs of taking part: شاركت.")
    soldiers: list[str] = Field(default_factory=list, description="Soldiers of no side named: جنودا.")
    army_voice: list[str] = Field(default_factory=list, description="A speaker for the army: الجيش.")
    allied_in_act: list[str] = Field(
        default_factory=list, description="An ally in the act, which gives it a part: بالتحالف مع."
    )
    link_relation: str = Field(default="cooperation", description="What every tie implies.")
    new_event: list[str] = Field(default_factory=list, description="An event told anew: في تفجير، بقصف.")
    any_event: list[str] = Field(default_factory=list, description="Any event of a kind: أي هجوم.")
    told_false: list[str] = Field(default_factory=list, description="A report called a lie: يكذب بشأن.")
    blanket: list[str] = Field(default_factory=list, description="Any instance: أي مدني.")
    blanket_events: list[str] = Field(default_factory=list, description="Events denied of any one: arrest.")
    thing_deniers: list[str] = Field(default_factory=list, description="Cues denying a fact: نفى.")
    without: list[str] = Field(default_factory=list, description="A thing denied how it was: بلا ختم.")
    spans: list[str] = Field(default_factory=list, description="A denial's own span of time: قبل، منذ.")
    any_thing: list[str] = Field(default_factory=list, description="Any one thing: أي فدية.")
    any_kind: list[str] = Field(
        default_factory=list, description="A kind after any, its thing next: أي حالة تسمم."
    )
    any_unseen: list[str] = Field(
        default_factory=list, description="Verbs of finding denied of any: لم ترصد أي."
    )
    thing_before: list[str] = Field(default_factory=list, description="Between an event and أي: عن.")
    mere_being: list[str] = Field(default_factory=list, description="There being one: وجود أي.")
    not_things: list[str] = Field(default_factory=list, description="Too common to deny alone: أي طرف.")
    told_alike: list[str] = Field(default_factory=list, description="Events agreed on by telling them.")
    story_counts: list[str] = Field(default_factory=list, description="Counts of a whole story: displaced.")
    displacement: list[str] = Field(default_factory=list, description="Words of fleeing: نزوح، غادرت.")
    carried: list[str] = Field(default_factory=list, description="A convoy carrying people: قافلة، حافلات.")
    no_displacement: list[str] = Field(default_factory=list, description="No one fled: لا نزوح جماعيا.")
    no_one: list[str] = Field(default_factory=list, description="Anyone, of a denial that anyone fled: أحدا.")
    any_held: list[str] = Field(default_factory=list, description="Any suspect, of any kind: أي مشتبه به.")
    leaving: list[str] = Field(default_factory=list, description="Verbs of leaving home: غادر، تركت.")
    homes: list[str] = Field(default_factory=list, description="Homes, which name no place: منزله.")
    calm: list[str] = Field(default_factory=list, description="Life normal, no place: الحياة طبيعية.")
    agent_denials: list[str] = Field(default_factory=list, description="Events denied of an agent: attack.")
    content_denials: list[str] = Field(
        default_factory=list, description="Events a negation inside the claim denies: لم يسيطروا."
    )
    holding: list[str] = Field(default_factory=list, description="Verbs of holding ground: استعدنا، يحتفظ.")
    still_at: list[str] = Field(default_factory=list, description="Still there: ما زالوا في، منتشرين.")
    besieging: list[str] = Field(default_factory=list, description="Besieging a place: تطوق، تحاصر.")
    repelling: list[str] = Field(default_factory=list, description="Holding by repelling an attack: صد.")
    holding_nouns: list[str] = Field(default_factory=list, description="A hold as a noun: السيطرة.")
    held_under: list[str] = Field(default_factory=list, description="A hold after its ground: تحت سيطرة.")
    held_since: list[str] = Field(
        default_factory=list, description="Where a ground named first ends: لا يزال."
    )
    own_holds: list[str] = Field(default_factory=list, description="The speaker's hold: سيطرتنا.")
    own_forces: list[str] = Field(
        default_factory=list, description="The speaker's forces as holder: سيطرة قواتنا."
    )
    not_own: list[str] = Field(
        default_factory=list, description="Forces not the speaker's alone: هذه القوات."
    )
    lost_ground: list[str] = Field(default_factory=list, description="Losing ground: خسرت مواقعها، انسحب.")
    withdrawing: list[str] = Field(default_factory=list, description="Withdrawing: انسحبت، أخلوها.")
    still_there: list[str] = Field(default_factory=list, description="There still: ما زالوا، باقية.")
    force_words: list[str] = Field(default_factory=list, description="Forces of any side: وحدات، القوة.")
    retaking: list[str] = Field(default_factory=list, description="Retaking ground: استعدنا البلدة.")
    lasting_hold: list[str] = Field(default_factory=list, description="A hold that lasts: ما زالت تتمركز.")
    state_forces: list[str] = Field(default_factory=list, description="The state's forces: الجيش.")
    armed_men: list[str] = Field(default_factory=list, description="Armed men, no group named: مسلحين.")
    full_hold: list[str] = Field(default_factory=list, description="A hold in full: السيطرة الكاملة.")
    partial_hold: list[str] = Field(default_factory=list, description="A hold on a part: الجزء الأكبر.")
    town_parts: list[str] = Field(default_factory=list, description="Parts of a town: الحي الشرقي.")
    body_words: list[str] = Field(default_factory=list, description="Not a body's name: المتحدث باسم.")
    state_enemies: list[str] = Field(default_factory=list, description="Entity ids at war with the state.")
    rebel_names: list[str] = Field(default_factory=list, description="A group's name at war: المنشقة.")
    held_now: list[str] = Field(default_factory=list, description="Still held now: حاليا، ما زالوا.")
    all_freed: list[str] = Field(default_factory=list, description="All the held freed: أفرج عنهم جميعا.")
    still_held: list[str] = Field(default_factory=list, description="Some held still: ما زالوا محتجزين.")
    safe_home: list[str] = Field(default_factory=list, description="Safe or home again: باتوا في أمان.")
    running: list[str] = Field(default_factory=list, description="Running as usual: يعمل بشكل طبيعي.")
    halted: list[str] = Field(default_factory=list, description="Shut or halted: مغلقة، متوقف.")
    whole_life: list[str] = Field(default_factory=list, description="Life as a whole: الحياة.")
    released: list[str] = Field(default_factory=list, description="A release: أطلق سراح، أفرج.")
    freeing: list[str] = Field(default_factory=list, description="Freeing people: حررت.")
    by_force: list[str] = Field(default_factory=list, description="Freed by force: عملية دهم.")
    by_deal: list[str] = Field(default_factory=list, description="Freed by a deal: فدية، الوسطاء.")
    received: list[str] = Field(default_factory=list, description="Dead one place received: استقبل المشفى.")
    found_since: list[str] = Field(default_factory=list, description="A toll risen as bodies were found.")
    civilians: list[str] = Field(default_factory=list, description="Words for civilians: مدنيين.")
    civilian_targets: list[str] = Field(default_factory=list, description="Places of civilians: السوق.")
    armed_targets: list[str] = Field(default_factory=list, description="Fighters or arms: تجمعا، مخزن أسلحة.")
    toll_words: list[str] = Field(default_factory=list, description="Dead in the plural, or any: قتلى، أي.")
    toll_nouns: list[str] = Field(default_factory=list, description="The dead told by a noun: مقتل، مصرع.")
    toll_owners: list[str] = Field(default_factory=list, description="Whose dead a toll counts: قتلى اللواء.")
    toll_causes: list[str] = Field(default_factory=list, description="An act's toll: أدى إلى مقتل.")
    civilian_kinds: list[str] = Field(default_factory=list, description="Civilians by kind: مزارعون.")
    part_words: list[str] = Field(default_factory=list, description="A part of the dead: بين، معظم.")
    all_civilians: list[str] = Field(default_factory=list, description="No tie to arms: ليسوا مقاتلين.")
    armed_dead: list[str] = Field(default_factory=list, description="Armed dead: من مقاتليها.")
    all_dead: list[str] = Field(default_factory=list, description="All the dead: جميع القتلى.")
    broader: list[str] = Field(default_factory=list, description="A whole agreement: اتفاق شامل.")
    alongside: list[str] = Field(default_factory=list, description="What it came with: رافق.")
    bore_arms: list[str] = Field(default_factory=list, description="Under arms: وهم يحملون السلاح.")
    carrying: list[str] = Field(default_factory=list, description="Bearing arms: يحملون، بحوزتهم.")
    weapons: list[str] = Field(default_factory=list, description="What is borne: سلاح، رشاشات.")
    some_only: list[str] = Field(default_factory=list, description="Some arms left: لا يحملون سوى.")
    light_arms: list[str] = Field(default_factory=list, description="Light arms: أسلحة فردية.")
    heavy_arms: list[str] = Field(default_factory=list, description="Heavy arms: أسلحة ثقيلة، قاذفات.")
    alone: list[str] = Field(default_factory=list, description="A part told alone: ليلة الأحد وحدها.")
    fired_first: list[str] = Field(default_factory=list, description="Who fired first: بادروا بإطلاق النار.")
    fired_by: list[str] = Field(default_factory=list, description="A verb of firing the attack: أطلقها.")
    feared: list[str] = Field(default_factory=list, description="Only feared: خشية غارات جديدة.")
    no_civilian: list[str] = Field(default_factory=list, description="No civilian: أي مدني (negated).")
    among_dead_armed: list[str] = Field(default_factory=list, description="The dead belonged: ينتمون إلى.")
    killers: list[str] = Field(default_factory=list, description="Who or what killed them: برصاص، جراء.")
    kinds: list[KindOf] = Field(default_factory=list, description="أي منشأة طبية denies a hospital's.")
    slipped: list[str] = Field(default_factory=list, description="Out of a side's hold: خرجت عن سيطرة.")
    attackers: list[str] = Field(default_factory=list, description="The attackers: منفذي الهجوم.")
    accidental: list[str] = Field(default_factory=list, description="An accident: انفجار عرضي.")
    suffered: list[str] = Field(default_factory=list, description="Suffering an attack: تعرضت لهجوم.")
    state_voices: list[str] = Field(default_factory=list, description="The state's speakers: الشرطة.")
    residents: list[str] = Field(default_factory=list, description="People of a place: أهالي، سكان.")
    secured: list[str] = Field(default_factory=list, description="A place secure: آمنة، خالية من المسلحين.")
    sole_force: list[str] = Field(
        default_factory=list, description="لا وجود لأي قوة مسلحة أخرى: none but ours."
    )
    killing: list[str] = Field(default_factory=list, description="A side's verbs of killing: قتلنا.")
    clashes: list[str] = Field(default_factory=list, description="Clashes with a side: مواجهات مع.")
    all_of: list[str] = Field(default_factory=list, description="All of them: جميع المحتجزين.")
    among: list[str] = Field(default_factory=list, description="Among them: بينهم.")
    not_nationals: list[str] = Field(default_factory=list, description="Wider peoples: عرب، أوروبي.")
    foreign: list[str] = Field(default_factory=list, description="Foreigners: أجنبي، أجانب.")
    foreign_men: list[str] = Field(default_factory=list, description="Men a nationality is told of: مقاتلين.")
    unproven: list[str] = Field(default_factory=list, description="Talk said unproven: من دون أدلة.")
    tally: list[str] = Field(default_factory=list, description="A count of several events: حوادث متفرقة.")
    update: list[str] = Field(default_factory=list, description="A later toll: ارتفعت الحصيلة، بعدما كانت.")
    preliminary: list[str] = Field(default_factory=list, description="An earlier toll: حصيلة أولية.")
    update_cues: list[str] = Field(default_factory=list, description="Cues of a toll risen: رفع.")
    announcing_cues: list[str] = Field(default_factory=list, description="Cues of one's own act: أعلن.")
    final: list[str] = Field(
        default_factory=list, description="A toll no later count exceeds: الحصيلة النهائية."
    )
    reached: list[str] = Field(default_factory=list, description="An agreement reached: توصلا إلى اتفاق.")
    in_force: list[str] = Field(default_factory=list, description="One taking effect: دخلت حيز التنفيذ.")
    signing: list[str] = Field(default_factory=list, description="One signed: توقيع.")
    understanding: list[str] = Field(default_factory=list, description="One not signed: تفاهم.")
    matter_lead: list[str] = Field(default_factory=list, description="An agreement's matter after: على.")
    stalled: list[str] = Field(default_factory=list, description="One stalled, after its noun: مجمد.")
    captivity: list[str] = Field(default_factory=list, description="Men fallen captive: وقع في الأسر.")
    captives_held: list[str] = Field(default_factory=list, description="Held captive: أسرى في أيدي.")
    never_lost: list[str] = Field(default_factory=list, description="Ground never lost: في أي لحظة.")
    intercepted: list[str] = Field(default_factory=list, description="Projectiles intercepted: اعترضت.")
    none_through: list[str] = Field(default_factory=list, description="... every one of them: كلها.")
    territorial_waters: list[str] = Field(default_factory=list, description="A state's: المياه الإقليمية.")
    international_waters: list[str] = Field(default_factory=list, description="No state's: المياه الدولية.")
    hospitals: list[str] = Field(default_factory=list, description="Several hospitals: مستشفيات.")
    hijacked_one: list[str] = Field(default_factory=list, description="One thing hijacked: المخطوفة.")
    attacker_body: list[str] = Field(default_factory=list, description="An attacker's body: جثة الانتحاري.")
    of_them: list[str] = Field(default_factory=list, description="Some of a group named before: منهم.")
    survived: list[str] = Field(default_factory=list, description="One came out alive: نجا.")
    slain: list[str] = Field(default_factory=list, description="One was killed: قتل، لقي حتفه.")
    unhurt: list[str] = Field(default_factory=list, description="One came out unhurt: لم يصب بأذى.")
    hurt: list[str] = Field(default_factory=list, description="One was wounded: أصيب، مصابا.")
    missed: list[str] = Field(default_factory=list, description="A strike that missed: سقط في الماء.")
    hit: list[str] = Field(default_factory=list, description="A strike that hit its target: أصابا السفينة.")
    struck: list[str] = Field(default_factory=list, description="A strike that hit: قصفت.")
    prospects: list[str] = Field(default_factory=list, description="An agreement's prospects: بات قريبا.")
    not_reached: list[str] = Field(default_factory=list, description="Talks without one: لم تفض إلى.")
    no_damage: list[str] = Field(default_factory=list, description="No damage suffered: لأي أضرار.")
    grounds: list[str] = Field(default_factory=list, description="An act's ground: على أساس.")
    damage: list[str] = Field(default_factory=list, description="Damage done: دمرت.")
    truces: list[str] = Field(default_factory=list, description="An agreement's kind: هدنة.")
    kept: list[str] = Field(default_factory=list, description="An agreement carried out: يطبق.")
    standing: list[str] = Field(default_factory=list, description="An agreement holding: صامدة.")
    new_agreement: list[str] = Field(default_factory=list, description="A new one denied: جديد.")
    not_kept: list[str] = Field(default_factory=list, description="One not carried out: حبرا على ورق.")
    stance_overlap: float = Field(ge=0, le=1)
    stance_overlap_longer: float = Field(default=0.3, ge=0, le=1)
    stance_min_confidence: float = Field(default=0.0, ge=0, le=1)
    stance_contradict_overlap: float = Field(default=0.0, ge=0, le=1)
    copy_overlap: float = Field(
        default=1.0, ge=0, le=1, description="One speaker's echo this alike is a copy."
    )
    stance_contradict_detectors: list[str] | None = Field(
        default=None, description="The stance detectors whose contradictions are written (None: all)."
    )
    rules: list[LatticeRule]


class Lattice:
    """The relation lattice with its transitive closures, and the rules by id."""

    def __init__(self, spec: LatticeRules) -> None:
        self.spec = spec
        self.rules = {r.id: r for r in spec.rules}
        missing = [r for r in RULE_IDS if r not in self.rules]
        if missing:
            raise rules.RuleError(f"lattice.yaml: rules missing: {', '.join(missing)}")
        known = {r.id for r in propositions.grammar().spec.relations}
        named = {*spec.implies, *spec.excludes, *spec.restrictive_denies}
        tables = (spec.implies, spec.excludes, spec.restrictive_denies)
        named |= {v for table in tables for vs in table.values() for v in vs}
        named |= {*spec.told_alike, *spec.agent_denials, *spec.content_denials, *spec.involved_in}
        named.add(spec.link_relation)
        if named - known:
            raise rules.RuleError(f"lattice.yaml: unknown relations: {', '.join(sorted(named - known))}")
        self.known = known
        if unknown := set(spec.state_enemies) - set(entities.table().by_id):
            listed = " ".join(sorted(unknown))
            raise rules.RuleError(f"lattice.yaml: state_enemies: not in entities.yaml: {listed}")
        self.holding = normed(spec.holding)
        self.toll_owners = normed(spec.toll_owners)
        self.not_names = frozenset(claimmatch.light(w) for w in normed(spec.not_names))
        self.besieging = normed(spec.besieging)
        self.repelling = normed(spec.repelling)
        self.holding_nouns = normed(spec.holding_nouns)
        self.held_under = normed(spec.held_under)
        self.held_since = normed(spec.held_since)
        self.own_holds = normed(spec.own_holds)
        self.holds = self.holding_nouns | self.own_holds  # سيطرة، سيطرتنا، سيطرتهم: a hold as a noun
        self.own_forces = normed(spec.own_forces)
        self.blanket, self.all_of, self.among = normed(spec.blanket), normed(spec.all_of), normed(spec.among)
        self.people_held_or_dead = normed([*spec.held, *spec.article_dead])
        self.foreign, self.foreign_men = normed(spec.foreign), normed(spec.foreign_men)
        self.held = normed(spec.held)
        self.own_ranks = self.own_forces | propositions.grammar().own_members  # صفوفنا، مسلحيه
        self.killing = normed(spec.killing)
        self.any_thing = normed(spec.any_thing)
        self.any_kind = normed(spec.any_kind)
        self.any_unseen = normed(spec.any_unseen)
        self.thing_before = normed(spec.thing_before)
        lex = quantities.lexicon()
        # people counted, and actors (أي روس: Russia's, whatever the other claim tells of it); not those of a
        # gathering (أي مترشح صور الموضوع: one of the exam's candidates)
        people = [w for w, unit in lex.after.items() if unit in lex.person_units - lex.gatherings]
        actors = [w for e in entities.table().spec.entities for w in e.aliases]
        self.not_things = frozenset(
            s
            for w in (*spec.mere_being, *spec.not_things, *people, *actors)
            for s in claimmatch.content_stems(w)
        )

    @cache  # noqa: B019  (one lattice per process)
    def closure(self, x: str) -> frozenset[str]:
        """x and everything asserting x asserts."""
        out, todo = {x}, [x]
        while todo:
            for y in self.spec.implies.get(todo.pop(), []):
                if y not in out:
                    out.add(y)
                    todo.append(y)
        return frozenset(out)

    def excluded(self, x: str, y: str) -> bool:
        cx, cy = self.closure(x), self.closure(y)
        return any(v in cy for u in cx for v in self.spec.excludes.get(u, [])) or any(
            v in cx for u in cy for v in self.spec.excludes.get(u, [])
        )

    @cache  # noqa: B019
    def merely_denies(self, x: str) -> frozenset[str]:
        """What "merely x" rules out: the listed relations and whatever implies them."""
        base = set(self.spec.restrictive_denies.get(x, []))
        return frozenset(r for r in self.known if self.closure(r) & base)

    def related(self, x: str, y: str) -> bool:
        return (
            y in self.closure(x)
            or x in self.closure(y)
            or y in self.merely_denies(x)
            or x in self.merely_denies(y)
            or self.excluded(x, y)
        )


@cache
def lattice() -> Lattice:
    spec = rules.load("lattice")
    assert isinstance(spec, LatticeRules)
    return Lattice(spec)


# --- one claim, ready to compare ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claim:
    n: int
    record: Record
    prop: Proposition
    event: bool  # relation of kind "event"
    when: tuple[dt.date, dt.date] | None
    conflict: bool = False  # its article reports an event of fighting (an attack, its dead, ground held)
    story: frozenset[str] = frozenset()  # the particulars of its article's claims and headline
    thread: tuple[str, ...] = ()  # its article and the other reports of the same story (_threads)
    against: tuple[int, ...] = ()  # the claims of the account its report sets it against (_against)
    at_war: frozenset[str] = frozenset()  # sides its story tells killing the state's soldiers (_at_war)
    strike: int | None = None  # the claim that first told the strike it tells (_strikes)

    @property
    def affirmed(self) -> bool:
        return self.prop.polarity == "affirmed"


Key = tuple[str, ...]


def _dates(time: str | None) -> tuple[dt.date, dt.date] | None:
    """The span of days a `time` string covers (YYYY, YYYY-MM or YYYY-MM-DD); None when unknown."""
    if not time or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", time):
        return None
    parts = [int(p) for p in time.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def as_claim(record: Record, n: int = 0) -> Claim:
    """The record ready to compare (its proposition read now when the record has none)."""
    prop = record.proposition or propositions.proposition(record)
    kind = propositions.grammar().kind.get(prop.relation or "")
    return Claim(n, record, prop, kind == "event", _dates(prop.time))


@lru_cache(maxsize=CACHE)
def _pair_keys(ids: tuple[str, ...]) -> tuple[frozenset[Key], frozenset[Key]]:
    """Pair keys of the actors, and those with one actor replaced by what it is a branch or predecessor of.

    Only one side is replaced: a claim about al-Nusra and ISIS meets claims about al-Qaeda and ISIS,
    but a claim about AQI and al-Nusra does not meet one about ISIS and al-Qaeda (two hops away).
    """
    table = entities.table()
    direct: set[Key] = set()
    expanded: set[Key] = set()
    for x, y in itertools.combinations(ids[:MAX_ACTORS], 2):
        direct.add(("pair", *sorted((x, y))))
        for keep, swap in ((x, y), (y, x)):
            for other in table.expand(swap)[1:]:
                if other != keep:
                    expanded.add(("pair", *sorted((keep, other))))
    return frozenset(direct), frozenset(expanded | direct)


def _with_links(ids: Iterable[str]) -> frozenset[str]:
    """The actors and what each is a branch or predecessor of (jnim: also al_qaeda)."""
    table = entities.table()
    return frozenset(x for e in ids for x in table.expand(e))


UNDATED = "undated"
"""The week of a claim whose article and text give no date: such claims meet each other, and the
particulars they share decide whether they tell one event."""


WEEK_SLACK_DAYS = 3
"""How far past the edge of its ISO week a claim's time still meets the next week's claims (فجر الجمعة,
told in a report of the Monday after)."""


def _weeks(c: Claim, actor: str = "") -> set[str]:
    """The weeks a claim's event blocks are keyed by: its time's, and the next or last week's where the
    time lies within WEEK_SLACK_DAYS of their edge. A report's own key (@id) takes no week: the report
    and its story bound the time, and an undated claim of it meets the dated ones."""
    if actor.startswith("@"):
        return {""}
    if c.when is None:
        return {UNDATED}
    slack = dt.timedelta(days=WEEK_SLACK_DAYS)
    return {"{}-W{}".format(*d.isocalendar()[:2]) for d in (c.when[0] - slack, c.when[0], c.when[1] + slack)}


@lru_cache(maxsize=CACHE)
def _reading(text: str) -> propositions.Reading:
    """A claim's reading, asked of both claims of many pairs."""
    return propositions.read(text)


def _events(text: str) -> frozenset[str]:
    """Every event a claim tells (27 قتيلا بقصف على السوق: casualties and attack), not only its main one."""
    return _reading(text).events


def block_keys(c: Claim) -> tuple[set[Key], set[Key]]:
    """(direct keys, keys through entity links): two claims meet when one's direct key is the other's."""
    p = c.prop
    direct: set[Key] = set()
    expanded: set[Key] = set()
    if p.relation and not c.event:
        pairs, linked = _pair_keys(tuple(p.entities))
        direct, expanded = set(pairs), set(linked)
        # a relation with one actor in common meets too (no agreement on the withdrawal of American
        # forces / the agreement with Washington on the withdrawal): its words must then tell one topic
        # ("merely a convergence" also meets the ties it denies: التنسيق مع الحوثيين)
        topics = _lattice_family(p.relation) | (_denied_family(p.relation) if p.restrictive else frozenset())
        direct |= {("topic", r, e) for r in topics for e in p.entities[:MAX_ACTORS]}
        # ... and one report's claims of a relation meet whatever actors they name (اللواء «لم يوقع على أي
        # اتفاق» against the council's agreement of the same article)
        # (an agreement meets the claims of every report of its story: one story negotiates one)
        # (so does "merely a meeting", which denies one: لم يكن سوى لقاء; and a tie belittled without its
        # parties named, ما يجري «مجرد تنسيق», meets the ties of every report of its story)
        reports = (
            c.thread if (AGREEMENT in topics or _unnamed_tie(c)) and c.thread else (c.record.article.id,)
        )
        direct |= {("topic", r, f"@{a}") for r in topics for a in reports}
    # events and figures also meet every claim of their own article: the sides of one story name
    # different actors (the army's dead and the attackers' claim), and their words tell the event
    # and the speaker's side is one of the actors of the event it tells (قسد: استعدنا القريتين)
    s = c.record.speaker
    here = [f"@{a}" for a in c.thread or (c.record.article.id,)]  # its story, this and other reports
    actors = list(
        dict.fromkeys(
            [*p.entities[:MAX_ACTORS], *propositions.speaker_actors(s.resolved, s.affiliation), *here]
        )
    )
    if p.relation and c.event:
        for relation in {p.relation} | _events(c.record.claim.text):
            direct |= {("event", relation, e, w) for e in actors for w in _weeks(c, e)}
    # نفت الجبهة استهداف أي مدني: the tolls that give civilians killed to its side by name
    if ATTACK in _events(c.record.claim.text) and _denies_civilian_harm(c):
        direct |= {("killed by", e) for e in _speaker_side(c)}
    elif _civilians_among(c):
        direct |= {("killed by", e) for e in _agents(c.record.claim.text)}
    if _no_civilian_dead(c.record.claim.text):  # أحدا من المدنيين لم يتعرض لأذى: every toll of its story
        direct |= {("event", CASUALTIES, e, "") for e in here}
    if _denies_part(c):  # نفى الحزب أي علاقة له بالاشتباكات: every report of its story that gives it a part
        involved = lattice().spec.involved_in
        direct |= {("event", r, e, "") for r in involved for e in here}
        direct |= {("topic", r, e) for x in involved for r in _lattice_family(x) for e in here}
        direct |= {("part", e) for e in here}
    if c.affirmed and _takes_part(c.record.claim.text):  # شاركت في تطويق القسم: the denials of its story
        direct |= {("part", e) for e in here}
    if (who := _who_were(c)) or _denies_civilian_dead(c):
        # the few claims that say who they were, in their week and in their story (dated or not)
        kind = who[0] if who else DEAD
        direct |= {("who", kind, w) for w in _weeks(c)} | {("who", kind, e) for e in here}
    if _bore_arms(c) is not None:  # المقتحمون كانوا يحملون رشاشات / لم يحمل أي مشارك سلاحا: in their story
        direct |= {("arms", e) for e in here}
    if _attributes(c.record.claim.text):  # الطائرة مدنية / طائرة شحن عسكرية: in their story
        direct |= {("attribute", e) for e in here}
    if _says(c.record.claim.text, "accidental"):  # ما جرى «عطل فني»: the attacks of its story
        direct |= {("event", ATTACK, e, "") for e in here}
    if _says(c.record.claim.text, "running") or _halted(c.record.claim.text):  # يعمل بشكل طبيعي / مغلقة
        direct |= {("running", e) for e in here}
    if _secure_or_still(c.record.claim.text):
        direct |= {("still", e) for e in here}
        if _says(c.record.claim.text, "sole_force"):  # ... and no other force there, every hold of its story
            direct |= {("event", GROUND, e, "") for e in here}
    if _nationals(c) is not None:  # بينهم أربعة تشاديين / لا يوجد بينهم أي تشادي: in their story
        direct |= {("nationals", e) for e in here}
    # أي مقاتل أجنبي / مرتزقة أجانب، خبراء إيرانيين
    denied = c.record.claim.polarity == "negated"
    if _denies_foreigners(c.record.claim.text, denied) or (
        c.affirmed and _foreigners_told(c.record.claim.text)
    ):
        direct |= {("foreign", e) for e in here}
    if _says(c.record.claim.text, "no_damage") or _says(c.record.claim.text, "damage"):
        direct |= {("damage", e) for e in here}  # الناظم «لم يتعرض لأي ضرر» / أضرارا ببوابات الناظم
    # أفرج عنهم جميعا / ما زالوا محتجزين لدى الخاطفين / نفى دفع أي فدية
    if (
        _says(c.record.claim.text, "still_held")
        or _release(c.record.claim.text)
        or _all_freed(c.record.claim.text)
        or (not c.affirmed and _says(c.record.claim.text, "by_deal"))
    ):
        direct |= {("freed", e) for e in here}
    if _waters(c):
        direct |= {("waters", e) for e in here}  # داخل المياه الإقليمية / في المياه الدولية
    if any(_says(c.record.claim.text, f) for f in ("survived", "slain", "unhurt", "hurt")):
        direct |= {("fate", e) for e in here}  # المحافظ نجا / المحافظ قتل; المسعفون جميعهم بخير / مسعفا قتل
    if _says(c.record.claim.text, "fired_first"):  # أطلقوا النار أولا / نفت أن يكونوا بادروا بإطلاق النار
        direct |= {("first", e) for e in here}
    if _says(c.record.claim.text, "missed"):  # المقذوف سقط في البحر: every strike of its story
        direct |= {("event", ATTACK, e, "") for e in here}
    if _denies_displacement(c):  # لا نزوح جماعيا: every count of the displaced in its story
        direct |= {("count", u, e) for u in lattice().spec.story_counts for e in here}
    if _means_at(c.record.claim.text):  # لم تستخدم الرصاص الحي / قتلا برصاص حي: in their story
        direct |= {("means", e) for e in here}
    # (خسائر الإضراب 10 ملايين دينار: every amount of that unit in its story)
    direct |= {("measure", q.unit, e) for q in _measures(c) for e in here}
    table = entities.table()
    for q in _counts(c):
        for e in actors:
            direct.add(("count", q.unit, e))
            expanded.update(("count", q.unit, other) for other in table.expand(e)[1:])
    return direct, expanded | direct


@lru_cache(maxsize=CACHE)
def _secure_or_still(text: str) -> bool:
    """Ground said secure, or armed men or a group there still (البلدة «آمنة بالكامل» / مسلحون ما زالوا
    يتجولون في السوق), whatever relation the claim tells: asked of every claim, its tokens read once."""
    toks, where = quantities.tokens(text), propositions.grammar().where
    if any(where(toks, _phrases(w), inflected=True) for w in ("secured", "sole_force")):
        return True
    if not where(toks, _phrases("still_there"), inflected=True):
        return False
    return bool(where(toks, _phrases("armed_men"), inflected=True)) or bool(_agents(text))


@cache
def _denied_family(relation: str) -> frozenset[str]:
    """The topics of what "merely `relation`" denies (مجرد تقاطع مصالح: any cooperation)."""
    denied = lattice().spec.restrictive_denies.get(relation, [])
    return frozenset(r for x in denied for r in _lattice_family(x))


@cache
def _lattice_family(relation: str) -> frozenset[str]:
    """The most general relations `relation` implies (cooperation for an alliance or for support): one
    topic key that an alliance, its denial and "merely coordination" all share."""
    lat = lattice()
    if relation not in lat.known:
        return frozenset({relation})
    return frozenset(r for r in lat.closure(relation) if not lat.spec.implies.get(r))


def blocking_keys(record: Record) -> set[str]:
    """Every block a record sits in, direct or through entity links, as `|`-joined strings: what a store
    indexes so that a new claim is compared only with the stored claims that share a block."""
    return {"|".join(k) for k in block_keys(as_claim(record))[1]}


# --- speakers -------------------------------------------------------------------------------------


def _speaker_words(r: Record) -> frozenset[str]:
    # أميركي and أمريكي are one word spelled two ways
    return frozenset(w.replace("اميرك", "امريك") for w in words(r.speaker.resolved) if len(w) > 1)


def same_speaker(a: Record, b: Record) -> bool:
    """Named speakers whose resolved names contain one another (كلابر / جيمس كلابر / مدير ... جيمس كلابر)."""
    if a.speaker.anonymous or b.speaker.anonymous:
        return a.article.id == b.article.id and norm(a.speaker.resolved) == norm(b.speaker.resolved)
    wa, wb = _speaker_words(a), _speaker_words(b)
    if not wa or not wb:
        return False
    if len(wa & wb) / min(len(wa), len(wb)) >= SPEAKER_CONTAINMENT:
        return True
    # ... with a clitic on one of them (المتحدث الأمني بوزارة الداخلية / المتحدث الأمني لوزارة الداخلية)
    (fewer, more) = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    theirs = frozenset().union(*_speaker_stems(more))
    shared = sum(not theirs.isdisjoint(own) for own in _speaker_stems(fewer))
    return shared / len(fewer) >= SPEAKER_CONTAINMENT


@lru_cache(maxsize=CACHE)
def _speaker_stems(speaker_words: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The stems of each word of a speaker's name (بوزارة: وزارة), computed once per name."""
    return tuple(frozenset(stems(w)) for w in speaker_words)


def _speaker_key(r: Record) -> tuple[str, ...] | None:
    """The words of a named speaker's description, in any order (خالد السهلي المتحدث باسم الهيئة /
    المتحدث باسم الهيئة خالد السهلي): what the claims of one man quoted in several articles share
    (descriptions that differ in their words are left to `same_speaker`, within the blocks). Sorted, as
    a set's order changes with the hash seed."""
    if r.speaker.type not in ("named_official", "named_person"):
        return None
    return tuple(sorted(_speaker_words(r))) or None


RETOLD_SHARE, RETOLD_WORDS = 0.8, 3
"""A claim is retold inside another when this share of its content words, at least RETOLD_WORDS of
them, are the other's."""


def _retold(a: str, b: str) -> bool:
    """The shorter claim's words are (nearly) all in the longer: one statement, one of them cut short."""
    wa, wb = _content_words(a), _content_words(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(short) >= RETOLD_WORDS and len(short & long_) >= RETOLD_SHARE * len(short)


@lru_cache(maxsize=CACHE)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(claimmatch.content_stems(text))


def _described_alike(a: Record, b: Record) -> bool:
    """Two unnamed speakers described in the same words, case endings aside (مسؤولا عسكريا أميركيا /
    مسؤول عسكري أميركي)."""

    def described(r: Record) -> frozenset[str]:
        return frozenset(w[:-1] if w.endswith("ا") and len(w) > 3 else w for w in _speaker_words(r))

    return a.speaker.anonymous and b.speaker.anonymous and described(a) == described(b)


# --- deciding one pair ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Decision:
    rule: str
    a: Claim  # the side named {a} in the reason
    b: Claim
    x: str
    y: str
    link: str = ""
    confidence: float | None = None
    reason: str | None = None
    verdict: Literal["agree", "contradict"] | None = None  # the stance judge's, for rule "stance"


@lru_cache(maxsize=CACHE)
def _grounding(
    text: str, speaker: str, affiliation: str | None, event: bool, by_head: tuple[str, ...] = ()
) -> int:
    reading = _reading(text)
    named = propositions._actors(entities.table().ids(text))
    if event:
        return 2 if named or reading.anaphora else 0
    if not reading.relation:
        return min(len(named), 2)
    if reading.refers:
        return 2
    # the actors its relation is stated of, the speaker's side among them; an anaphor the relation
    # does not reach (or a plural: الجماعات) ties the claim to its article only
    parties = {*reading.parties, *(propositions.speaker_actors(speaker, affiliation) or by_head)}
    if parties and _open_party(text):  # لا تنسيق لقواتنا مع أي طرف: one party and any other
        return 2
    return max(min(len(parties), 2), 1 if reading.anaphora else 0)


def grounding(c: Claim) -> int:
    """How firmly a claim names its actors: 2 when it names them itself (two for a relation, the
    speaker's side counting: نفت حماس وجود اتفاق مع فتح; one for an event) or its relation points back
    to them (بين التنظيمين); 1 when it names one party of a relation; 0 when its actors were all
    guessed from the article around it. Claims of two articles need 2 each for a verdict; two claims
    of one article need 2 and at least 1 (the second party of "a truce with X" is the other's)."""
    s = c.record.speaker
    by_head = () if c.event else _speaker_by_head(c)
    return _grounding(c.record.claim.text, s.resolved, s.affiliation, c.event, by_head)


def _who(c: Claim) -> str:
    return f"{c.record.speaker.resolved} ({c.record.article.id})"


LAM = "ل"
"""The possessive lam of a side's own link: أي صلة لها، لا علاقة للحزب، ليس له أي علاقة."""
LINK_LEAD = 2
"""How far into a claim a possessor before the link stands for the speaker's side (ليس له أي علاقة)."""


@lru_cache(maxsize=CACHE)
def _link_denied(text: str) -> bool:
    """A link of any kind said of a possessor (أي صلة لها بـ، لا علاقة لجماعته بـ), or of the speaker's own
    side when the possessor leads the claim (ليس له أي علاقة); not of a subject named before it (حركة
    المركبات ليس لها أي صلة بأعمال الطرق)."""
    toks = quantities.tokens(text)
    g = propositions.grammar()
    negators = {h.start for h in g.where(toks, g.short_neg)}

    def possessor(k: int) -> bool:
        return (
            0 <= k < len(toks)
            and k not in negators
            and toks[k].text.startswith(LAM)
            and len(toks[k].text) > 1
        )

    hits = g.where(toks, _phrases("any_link"), True)
    return any(possessor(h.end) or (h.start <= LINK_LEAD and possessor(h.start - 1)) for h in hits)


def _own_link_denied(told: Claim, denial: Claim) -> bool:
    """The denial is its speaker's side's own link of any kind (نفت الجبهة «أي صلة» لها بـ...), and that side
    is one of the other claim's actors: the tie told is the denier's; or it names the parties of the tie
    told, a possessor the table does not know and an actor both name (أي صلة لأبناء القبيلة بالتنظيم /
    اتهم القبيلة بالتحالف مع القاعدة)."""
    text = denial.record.claim.text
    if denial.affirmed or not _link_denied(text):
        return False
    if not _speaker_side(denial).isdisjoint(told.prop.entities):
        return True
    shared = _particulars(text) & _particulars(told.record.claim.text)
    return bool(shared) and not _named(denial).isdisjoint(_named(told))


def _relational(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    x, y = a.prop.relation or "", b.prop.relation or ""
    for s, t, u, v in ((a, b, x, y), (b, a, y, x)):
        if s.affirmed and not t.affirmed:
            # نفت «أي صلة» لها بالجماعة: a party's link of any kind denied, every tie is
            denied = lat.spec.link_relation if _own_link_denied(s, t) else v
            if denied in lat.closure(u):
                return Decision("contradict-denial", s, t, u, v)
    for s, t, u, v in ((a, b, x, y), (b, a, y, x)):
        if s.affirmed and s.prop.restrictive and t.affirmed and v in lat.merely_denies(u):
            return Decision("contradict-merely", s, t, u, v)
    if a.affirmed and b.affirmed and lat.excluded(x, y):
        return Decision("contradict-exclusive", a, b, x, y)
    if a.affirmed and b.affirmed:
        if x == y:
            return Decision("agree-same", a, b, x, y)
        for s, t, u, v in ((a, b, x, y), (b, a, y, x)):
            if v in lat.closure(u):
                return Decision("agree-implied", s, t, u, v)
    if not a.affirmed and not b.affirmed and (y in lat.closure(x) or x in lat.closure(y)):
        return Decision("agree-denial", a, b, x, y)
    for s, t, u, v in ((a, b, x, y), (b, a, y, x)):
        if s.affirmed and s.prop.restrictive and not t.affirmed and v in lat.merely_denies(u):
            return Decision("agree-merely-denial", s, t, u, v)
    if x in lat.known and y in lat.known:  # the lattice knows both and finds no clash
        return Decision("compatible-lattice", a, b, x, y)
    return None


def _one_taken_denied(told: Claim, denial: Claim) -> bool:
    """A denial that someone named was taken (نفى أن يكون فلان قد اعتقل) denies no count of those taken
    that names no one (عدد من أوقفوا «لم يتجاوز 20 شخصا»), only one of anyone taken (أي شخص)."""
    lex = quantities.lexicon()
    return (
        told.prop.relation == ARREST
        and any(q.unit in lex.person_units for q in _counts(told))
        and not _particulars(told.record.claim.text)
        and not denial.prop.quantities
        and bool(_particulars(denial.record.claim.text))
        and not _says(denial.record.claim.text, "no_one")
    )


@cache
def _generic_stems() -> frozenset[str]:
    """Words every casualty or event report shares (triggers, counted nouns, number words)."""
    lex, g = quantities.lexicon(), propositions.grammar()
    spec = lex.spec
    listed = [w for u in spec.units for w in (*u.before, *u.after)]
    listed += [*spec.words, *spec.scales, *spec.vague, *spec.lower_bounds, *spec.upper_bounds, *spec.approx]
    lat = lattice().spec
    listed += [
        *spec.lower_bounds_after,
        *spec.part_markers,
        *spec.totals_after,
        *lat.update,
        *lat.preliminary,
    ]
    listed += lat.event_generic_words

    def stemmed(ws: Iterable[str]) -> set[str]:
        return {s for w in ws for s in claimmatch.content_stems(w)}

    # (not the places a trigger or an actor's name holds: سقوط المقر tells the headquarters from the
    # airport, and قاعدة غريان is a base, whatever القاعدة names elsewhere; nor the words a trigger
    # shares with other phrases, generic only where the claim holds the trigger: _particulars)
    places = stemmed(lat.trigger_places) | _shared_trigger_stems()
    triggers = stemmed(w for r in g.spec.relations for w in r.triggers)
    actors = stemmed(w for e in entities.table().spec.entities for w in e.aliases)  # in the block key
    return frozenset(stemmed(listed) | ((triggers | actors) - places))


@lru_cache(maxsize=CACHE)
def _particulars(text: str) -> frozenset[str]:
    """What distinguishes an event from others of its kind: places, means, actors, circumstances; not
    the words a trigger it holds shares with other phrases (حظرا للتجوال tells a curfew, not which)."""
    generic = _generic_stems()
    stems = claimmatch.content_stems(text)
    shared = _shared_trigger_stems().intersection(stems)
    own = shared & _trigger_words(text) if shared else frozenset()
    # و35، بـ12: a figure with its clitic is no particular either
    return frozenset(s for s in stems if s not in generic and s not in own and not s.lstrip("وبل").isdigit())


@cache
def _shared_trigger_stems() -> frozenset[str]:
    return frozenset(s for w in lattice().spec.shared_trigger_words for s in claimmatch.content_stems(w))


def _trigger_words(text: str) -> frozenset[str]:
    """The stems of the words of the relation triggers a text holds."""
    g = propositions.grammar()
    toks = quantities.tokens(text)
    hits = g.find(toks, g.triggers, True)
    return frozenset(s for h in hits for t in toks[h.start : h.end] for s in claimmatch.content_stems(t.text))


def particulars_overlap(a: Claim, b: Claim) -> tuple[float, int]:
    """Overlap of two claims' particulars, and the size of the smaller set."""
    return _text_overlap(a.record.claim.text, b.record.claim.text)


def _text_overlap(a: str, b: str) -> tuple[float, int]:
    pa, pb = _particulars(a), _particulars(b)
    return claimmatch.overlap_stems(set(pa), set(pb)), min(len(pa), len(pb))


@lru_cache(maxsize=CACHE)
def _overlap_reaches(a: str, b: str, share: float) -> bool:
    """particulars_overlap(...)[0] >= share, answered as soon as it is settled: exact hits by set
    intersection first, then the fuzzy stem match (claimmatch.stems_match) only while it can still
    change the answer. Most pairs of one block tell different events and fail early."""
    pa, pb = _particulars(a), _particulars(b)
    if not pa or not pb:
        return share <= 0
    short, other = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    n = len(short)
    hits = len(short & other)
    left = n - hits
    for s in short - other:
        if hits / n >= share or (hits + left) / n < share:
            break
        left -= 1
        hits += any(claimmatch.stems_match(s, o) for o in other)
    return hits / n >= share


def _fewest(a: str, b: str) -> int:
    return min(len(_particulars(a)), len(_particulars(b)))


HEADLINE_SOURCE_WORDS = 6
"""The most words before a headline's colon that name its source (شبكة أطباء السودان: 40 قتيلا ...)."""


def _headline(c: Claim) -> str | None:
    """The article's headline without a `SOURCE:` prefix: what it tells, not who told it."""
    title = c.record.article.title
    if not title or ":" not in title:
        return title
    source, told = title.split(":", 1)
    return told if len(source.split()) <= HEADLINE_SOURCE_WORDS and told.strip() else title


def _event_text(c: Claim) -> str:
    """The words that tell which event a claim is about: its own, and for a claim too sparse to tell
    (عدد القتلى لم يتجاوز 12) its article's headline too (قصف سوق تعز)."""
    text, title = c.record.claim.text, _headline(c)
    return f"{text} {title}" if title and len(_particulars(text)) <= 1 else text


def _rival(a: Claim, b: Claim) -> bool:
    """Two sources' accounts a report sets against each other (أعلنت الوزارة مقتل 14 مدنيا، بينما قالت
    الشبكة إن القتلى بلغوا 23): one event told twice."""
    return a.n in b.against or b.n in a.against


def same_event(a: Claim, b: Claim, lat: Lattice, story: bool = True) -> bool:
    """Two event claims are about one event: dates at most `same_event_days` apart (where both have
    one), and the words that tell which event overlap: their particulars (places, means ...), a sparse
    claim's (عدد القتلى لم يتجاوز 12) with its headline's, or with the other's in one story, or the
    two articles' headlines. A claim that says it tells another event (في هجوم آخر، أيضا) is another
    event in its article, and elsewhere only its own words tell which."""
    one_article = a.record.article.id == b.record.article.id
    if one_article and _names_article_event(a) and _names_article_event(b):
        # الهجوم and حصيلة الاعتداء of one report: its event (one word shared was too little), unless their
        # times are apart (الحادث of a ferry the year before)
        return not _times_apart(a, b, lat.spec.story_span_days)
    if one_article and any(
        _says(x.record.claim.text, "what_happened") and _tells_article_event(y) for x, y in ((a, b), (b, a))
    ):
        return True  # ما حدث «حريق لا تفجير»: what its report told, against a claim that tells it
    if _times_apart(a, b, lat.spec.same_event_days):
        return False  # within one article too: أعدمت 289 في 2014 and أكثر من ألف في 2015 are two counts
    other = any(_says(c.record.claim.text, "other_event") for c in (a, b))
    if not other and a.event and b.event and _rival(a, b):
        return True  # two sources' accounts of it, set against each other in one report
    told = _event_particulars if one_article else _particulars
    pa, pb = told(a.record.claim.text), told(b.record.claim.text)
    # (a claim with no particular at all, تكون السلطات فرضت حظرا للتجوال, tells its story's event, but not
    # a toll or a count, which a story often gives for each of its battles)
    bare = not (pa and pb) and not any(c.prop.relation == CASUALTIES or _counts(c) for c in (a, b))
    one_story = one_article or (story and (max(len(pa), len(pb)) <= 1 or bare) and _same_story(a, b))
    if one_story and (other or min(len(pa), len(pb)) <= 1):
        # a claim too sparse to tell events apart tells its article's event; the one word it has
        # (استهدفت السوق) the other must have too (not another town's attack the article also reports),
        # and a claim with no word of its own does not meet one that tells an event of its own (قتلوا في
        # تفجير سيارة مفخخة قرب مطعم) unless that is the article's
        (sparse, rest), fuller = ((pa, pb), b) if len(pa) <= len(pb) else ((pb, pa), a)
        told_apart = _says(fuller.record.claim.text, "new_event") and not _tells_article_event(fuller)
        if other or (not sparse and len(rest) > 1 and told_apart):
            return False
        sparse_meets = all(w in rest or any(claimmatch.stems_match(w, o) for o in rest) for w in sparse)
        if sparse_meets or one_article:
            return sparse_meets
    shorter, longer = lat.spec.same_event_overlap, lat.spec.same_event_overlap_longer
    ta, tb = (a.record.claim.text, b.record.claim.text) if other else (_event_text(a), _event_text(b))
    if _fewest(ta, tb) > 1 and _shared(ta, tb, shorter, longer):
        return True
    # two articles on one event: their headlines tell it, and each claim tells its headline's event
    ha, hb = _headline(a), _headline(b)
    if other or one_article or not ha or not hb or not (_of_headline(a) and _of_headline(b)):
        return False
    return _fewest(ha, hb) > 1 and _shared(ha, hb, shorter, longer)


@lru_cache(maxsize=CACHE)
def _event_particulars(text: str) -> frozenset[str]:
    """The particulars that tell a claim's event in its report: of a count received (مستشفيات المدينة
    استقبلت جثث خمسة قتلى), only those after its word of receiving; the hospital and its town say where
    the dead were taken, not which event they died in."""
    text = quantities.without_parts(text)  # (بينهم اثنان من حراس المدير: who, not which event)
    toks = quantities.tokens(text)
    hits = propositions.grammar().where(toks, _phrases("received"))  # (not ونقلها: passing an infection on)
    if not hits or _says(text, "found_since"):
        return _particulars(text)
    after = min(hits, key=lambda h: h.start).end
    return _particulars(text[toks[after].start :]) if after < len(toks) else frozenset()


def _times_apart(a: Claim, b: Claim, slack_days: int) -> bool:
    """Both claims have a time and the two cannot meet: reports of one day may be `slack_days` apart; a
    month or a year is a span of its own, given no slack."""
    if a.when is None or b.when is None:
        return False
    days = a.when[0] == a.when[1] and b.when[0] == b.when[1]
    slack = dt.timedelta(days=slack_days if days else 0)
    (a0, a1), (b0, b1) = a.when, b.when
    # in one report, a claim that tells no time of its own has the report's date, against one that tells
    # its day: what it tells happened then or in the days the report covers (عدد المخطوفين لا يتعدى ١٥,
    # published on Tuesday, against خطفوا ٥٢ شخصا ظهر الأحد); another report's may tell another event
    if a.record.article.id == b.record.article.id and (dated := _dated(a)) != _dated(b):
        back = dt.timedelta(days=lattice().spec.story_days)
        a0, b0 = (a0, b0 - back) if dated else (a0 - back, b0)
    return not (a0 - slack <= b1 and b0 - slack <= a1)


def _dated(c: Claim) -> bool:
    """The claim's time is one it tells (a day, a month), not its article's date: read only for the
    pairs of one report whose times are compared, not for every claim."""
    return _tells_time(c.record.claim.text, c.record.article.published)


@lru_cache(maxsize=CACHE)
def _tells_time(text: str, published: dt.date | None) -> bool:
    return quantities.told_time(text, published) is not None


def _names_article_event(c: Claim) -> bool:
    """The claim names its article's event with the definite article (الهجوم، حصيلة الاعتداء) or
    denies any such event (لم تنفذ أي ضربة), and does not say it tells another one."""
    text = c.record.claim.text
    casualty_units = quantities.lexicon().casualty_units
    if c.record.claim.kind == "headline" and any(q.unit in casualty_units for q in _counts(c)):
        return True  # 8 قتلى بضربة على موقع قرب القائم: a headline's toll is its article's event
    return not _says(text, "other_event") and (_says(text, "article_event") or _says(text, "any_event"))


def _tells_article_event(c: Claim) -> bool:
    """The claim names its article's event, or shares a particular with the headline and does not say
    it tells another one."""
    if _names_article_event(c):
        return True
    text, title = c.record.claim.text, _headline(c)
    shares = bool(title) and not _particulars(text).isdisjoint(_particulars(title or ""))
    return shares and not _says(text, "other_event")


def _of_headline(c: Claim) -> bool:
    """The claim tells the event of its article's headline: it shares a particular with it, has too
    few of its own to tell another, or the article has no headline to tell."""
    text = c.record.claim.text
    if _says(text, "other_event"):  # في هجوم آخر: not its headline's event, whatever words it shares
        return False
    own, title = _particulars(text), _particulars(_headline(c) or "")
    return not title or len(own) <= 1 or not own.isdisjoint(title)


Phrases = Literal[
    "other_event",
    "article_event",
    "what_happened",
    "tie_unnamed",
    "hearsay",
    "time_bound",
    "none_such",
    "none_such_before",
    "article_dead",
    "held",
    "new_event",
    "any_event",
    "told_false",
    "blanket",
    "any_party",
    "any_tie",
    "any_link",
    "involvement",
    "taking_part",
    "allied_in_act",
    "soldiers",
    "army_voice",
    "presence",
    "presence_kinds",
    "contested",
    "civilian_trades",
    "children_women",
    "fighting",
    "own_link",
    "displacement",
    "carried",
    "no_displacement",
    "no_one",
    "any_held",
    "leaving",
    "update",
    "preliminary",
    "final",
    "lost_ground",
    "withdrawing",
    "slipped",
    "still_there",
    "tally",
    "reached",
    "in_force",
    "signing",
    "understanding",
    "matter_lead",
    "stalled",
    "captivity",
    "captives_held",
    "never_lost",
    "intercepted",
    "none_through",
    "territorial_waters",
    "international_waters",
    "hospitals",
    "hijacked_one",
    "attacker_body",
    "of_them",
    "survived",
    "unhurt",
    "hurt",
    "slain",
    "missed",
    "hit",
    "struck",
    "prospects",
    "not_reached",
    "no_damage",
    "grounds",
    "damage",
    "truces",
    "kept",
    "not_kept",
    "standing",
    "new_agreement",
    "retaking",
    "lasting_hold",
    "received",
    "found_since",
    "without",
    "spans",
    "held_now",
    "all_freed",
    "safe_home",
    "running",
    "halted",
    "whole_life",
    "unproven",
    "still_held",
    "released",
    "freeing",
    "by_force",
    "by_deal",
    "civilians",
    "toll_words",
    "toll_nouns",
    "toll_causes",
    "all_civilians",
    "armed_dead",
    "all_dead",
    "bore_arms",
    "carrying",
    "weapons",
    "some_only",
    "light_arms",
    "heavy_arms",
    "alone",
    "fired_first",
    "fired_by",
    "feared",
    "broader",
    "no_civilian",
    "among_dead_armed",
    "killers",
    "attackers",
    "state_forces",
    "armed_men",
    "full_hold",
    "partial_hold",
    "not_own",
    "still_at",
    "clashes",
    "story_total",
    "civilian_targets",
    "armed_targets",
    "accidental",
    "suffered",
    "state_voices",
    "residents",
    "secured",
    "sole_force",
    "amount_changes",
    "use_verbs",
]
"""The lists of lattice.yaml that `_says` looks for in a claim."""


@lru_cache(maxsize=CACHE)
def _says(text: str, which: Phrases) -> bool:
    """The claim holds one of the lattice's phrases of that list: it tells another event than the
    article's (هجوم آخر، حادثة منفصلة، أيضا), its figure updates an earlier one (ارتفعت الحصيلة), or
    its figure is a first count (حصيلة أولية)."""
    return bool(propositions.grammar().where(quantities.tokens(text), _phrases(which), inflected=True))


@cache
def _phrases(which: Phrases) -> list[propositions.Phrase]:
    return propositions.rule_phrases(getattr(lattice().spec, which))


def _shared(ta: str, tb: str, shorter: float, longer: float) -> bool:
    """The texts' particulars overlap by `shorter` of the smaller set and `longer` of the larger."""
    if not _overlap_reaches(ta, tb, shorter):  # the cheap test first: most pairs stop here
        return False
    share, n = _text_overlap(ta, tb)
    return share * n >= longer * max(len(_particulars(ta)), len(_particulars(tb)))


def stance_may_judge(a: Claim, b: Claim, lat: Lattice) -> bool:
    """Two speakers telling one event in clearly overlapping words: the only pairs sent to tracker.stance."""
    if same_speaker(a.record, b.record) or not same_event(a, b, lat):
        return False
    return _shared(
        a.record.claim.text, b.record.claim.text, lat.spec.stance_overlap, lat.spec.stance_overlap_longer
    )


def _show(q: Quantity) -> str:
    lo = "?" if q.low is None else f"{q.low:g}"
    hi = "…" if q.high is None else f"{q.high:g}"
    what = f"{q.unit}, of {q.of}" if q.of else q.unit
    return f"{q.text} [{lo}–{hi} {what}]" if lo != hi else f"{q.text} [{lo} {what}]"


def _counts(c: Claim) -> list[Quantity]:
    """The claim's figures that two sources could dispute: not durations, not distances (km) or amounts
    (_story_measures), and counts of things (عملية، هجمات) only in a claim that tells an event (6 ملايين
    عملية مصرفية is none)."""
    lex = quantities.lexicon()
    text = c.record.claim.text
    kept = [
        q
        for q in c.prop.quantities
        if not is_period(q)
        and q.unit not in lex.uncompared
        and q.unit not in lex.measures
        and (c.event or q.unit in lex.person_units or q.unit in lex.casualty_units)
    ]
    # (the dead who raised a toll told beside it are no count of their own: الحصيلة ارتفعت إلى 9 بعد وفاة
    # حارسين متأثرين بجروحهما)
    since = [_found_since(q.text, text) for q in kept]
    raised = {q.unit for q, found in zip(kept, since, strict=True) if not found}
    return [q for q, found in zip(kept, since, strict=True) if not found or q.unit not in raised]


BREAKDOWN = "?"
"""The `of` of a figure among several of its unit in one claim (خمسة قتلى وجريحين من الجيش وقتيلين من
المهاجمين): some part of the total, whose is not said."""


def _of(q: Quantity, c: Claim) -> str | None:
    """Who a figure counts: its `of`, or BREAKDOWN when the claim gives other figures of the same unit."""
    if q.of is not None:
        return q.of
    # (23 قتيلا بينهم 9 من المقاتلين: the parts told as parts leave the 23 the whole count, and so do the
    # dead found since, ارتفع العدد إلى 12 بعد العثور على ثلاث جثث)
    text = c.record.claim.text
    others = [o for o in c.prop.quantities if o.unit == q.unit and not quantities.is_part(o)]
    return BREAKDOWN if sum(not _found_since(o.text, text) for o in others) > 1 else None


FOUND_SINCE_LEAD = 3
"""How many words before a figure its phrase of the dead found since stands (بعد العثور على ثلاث جثث)."""


@lru_cache(maxsize=CACHE)
def _found_since(figure: str, text: str) -> bool:
    """The figure counts the dead found or died since a toll, which they raised (بعد انتشال ثلاث جثث)."""
    start = text.find(figure)
    return start > 0 and _says(" ".join(text[:start].split()[-FOUND_SINCE_LEAD:]), "found_since")


def _earlier_and_later(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """`qa` may be an earlier count of the toll `qb` says it has risen to (ارتفعت الحصيلة إلى 31 after
    27; a preliminary 12 before 16), the same source's count in an earlier report (or one of the same
    day), or a count of an earlier day: it lies below it, and does not say the toll stops short of it
    (لم يتجاوز 12 denies 31)."""
    if _rival(a, b) or _killers_count(b, qb):
        return False  # ارتفعت الحصيلة إلى 24، في حين قال X إن العدد بلغ 14: two counts of one moment
    one_report = a.record.article.id == b.record.article.id and not same_speaker(a.record, b.record)
    if one_report and ((_risen(a) and _risen(b)) or a.prop.restrictive):
        # two sources' tolls risen to 6 and to 11 in one report: each its latest; so is one said to be all
        # there is (حصيلة الشهداء «ثلاثة فقط») beside another's risen toll
        return False
    marked = _risen(b) or _says(a.record.claim.text, "preliminary")
    da, db = a.record.article.published, b.record.article.published
    # one source's count and its later or same-day one (not a count it gave after: a correction)
    in_order = da is None or db is None or da <= db
    apart = a.record.article.id != b.record.article.id
    marked = marked or (in_order and apart and same_speaker(a.record, b.record))
    # ... or any count of a report whose headline tells the toll risen (ارتفاع قتلى الهجوم إلى 52), an
    # update of the other reports' counts
    marked = marked or (apart and in_order and _says(_headline(b) or "", "update"))
    # ... or any source's count of an earlier day: a toll rises as the dead are found (8 on Friday, 12
    # on Saturday); a higher count before a lower one is no such rise
    marked = marked or (da is not None and db is not None and da < db)
    below = qa.high is not None and qb.low is not None and qa.high < qb.low
    return marked and below and qa.low is not None


def _earlier_toll(total: Claim, qt: Quantity, count: Claim, qc: Quantity) -> bool:
    """The exact toll (الحصيلة بلغت ثمانية) is an earlier count than the higher one, which the toll has risen
    to since: never one told final (الحصيلة النهائية); an earlier count of it (_earlier_and_later: of an
    earlier day, or below one told risen; عدد القتلى كان ثلاثة صباح الأحد); or, told in another report, one
    not published after it, or, where either date is unknown, not told risen or all there is itself
    (ارتفعت الحصيلة إلى ثمانية، القتلى «ثلاثة فقط» are the latest). Otherwise the toll is the latest, and the
    higher count disputes it."""
    if _says(total.record.claim.text, "final") or _killers_count(count, qc):
        return False
    if _earlier_and_later(total, qt, count, qc):
        return True
    if total.record.article.id == count.record.article.id:
        return False
    da, db = total.record.article.published, count.record.article.published
    return not (da > db if da is not None and db is not None else _risen(total) or total.prop.restrictive)


def _killers_count(c: Claim, q: Quantity) -> bool:
    """An armed group's count of the state's soldiers it killed (قتلنا تسعة من الجيش): its account of the
    fight, set against the soldiers' toll whenever told, never a later count of it."""
    if quantities.SOLDIERS not in (q.unit, q.of):
        return False
    side, table = _speaker_side(c), entities.table()
    return bool(side) and all(table.kind(s) == "group" and not _national_army(s) for s in side)


def _national_army(actor: str) -> bool:
    """An actor the table does not know, named as a nation's army (الجيش الباكستاني: ?جيش باكستاني): a
    state's force, not an armed group (جيش الإسلام names no nation)."""
    head, _, rest = actor.removeprefix(entities.UNKNOWN_PREFIX).partition(" ")
    return actor.startswith(entities.UNKNOWN_PREFIX) and head == "جيش" and rest in _national_forms()


def _risen(c: Claim) -> bool:
    """The claim tells its toll risen: in its words (ارتفعت الحصيلة إلى) or by its cue (رفعت الوزارة
    حصيلة القتلى إلى 31)."""
    # (وبحسب آخر حصيلة، فإن 180 موقوفا: the tally its source is)
    return (
        _says(c.record.claim.text, "update")
        or _says(c.record.speaker.text, "update")
        or c.record.cue.lemma in lattice().spec.update_cues
    )


def _several_events(a: Claim, b: Claim) -> bool:
    """قتل أيضا 5، في هجوم آخر: more people, or another event's; في حوادث متفرقة: a day's tally of
    several events; never a rival count, nor the same dead."""
    return any(
        _says(c.record.claim.text, "other_event")
        or _says(c.record.claim.text, "tally")
        or _says(c.record.speaker.resolved, "tally")
        for c in (a, b)
    )


def _figures(a: Claim, b: Claim, lat: Lattice, casualties_only: bool = False) -> Decision | None:
    if _several_events(a, b):
        return None
    counts_a, counts_b = _counts(a), _counts(b)
    # a toll told as what one act led to, naming no kind of dead (استهدفوا موقعا، ما أدى إلى سقوط تسعة
    # قتلى) is that act's: another report's count is as often of another act of the fighting
    if a.record.article.id != b.record.article.id and _act_toll(a, counts_a) != _act_toll(b, counts_b):
        return None
    if casualties_only:
        kinds = quantities.lexicon().casualty_units
        counts_a = [q for q in counts_a if q.unit in kinds]
        counts_b = [q for q in counts_b if q.unit in kinds]
    units = {q.unit for q in counts_a} & {q.unit for q in counts_b}
    if not units:
        return None  # no count in common (asked first: the cheaper question)
    if units <= set(lat.spec.story_counts):
        return _story_counts(a, b)
    # sparse tolls of two reports of one story meet through it only as rival counts of one group: a
    # part of one and the total of the other are as often two incidents (التفجير: 5 قتلى / 17 متمردا);
    # so do two sides' accounts set against each other, each counting as often the other's dead
    by_story = not same_event(a, b, lat, story=False) or (_rival(a, b) and _opposed(a, b))
    if by_story and not same_event(a, b, lat):
        if not _same_story(a, b) or same_speaker(a.record, b.record):
            return None  # the story's figures are disputed by two of its reports' speakers
        return (
            _story_cap(a, counts_a, b, counts_b)
            or _story_kind(a, counts_a, b, counts_b)
            or _killed_against_toll(a, b, lat)
        )
    if by_story and not same_speaker(a.record, b.record):
        capped = _story_cap(a, counts_a, b, counts_b)
        if capped is not None and capped.rule == "contradict-figures":
            return capped  # (one event of the story: its whole toll still caps the counts of its groups)
    if not by_story and (left := _room_left(a, b)):
        return left
    # one hospital's dead (استقبل المشفى 17 جثة) are a part of the toll
    texts = (a.record.claim.text, b.record.claim.text)
    received_a, received_b = (_says(t, "received") and not _says(t, "found_since") for t in texts)
    held_now = _says(texts[0], "held_now") != _says(texts[1], "held_now")  # one counts those still held
    # one hospital's 9 wounded, 11 carried to the town's hospitals: two parts of the toll; تسع جثث بينها جثة
    # المهاجم، خمسة بينهم انتحاري: the attackers too, against victims alone
    two_parts = received_a and received_b and _says(texts[0], "hospitals") != _says(texts[1], "hospitals")
    two_parts = two_parts or _says(texts[0], "attacker_body") != _says(texts[1], "attacker_body")
    pa, pb = _periods(a), _periods(b)
    # counts of one group first: four soldiers against "11 dead, six of them soldiers" meet at the six
    pairs = [(qa, qb, _of(qa, a), _of(qb, b)) for qa in counts_a for qb in counts_b if qa.unit == qb.unit]
    pairs.sort(key=lambda p: not p[2] == p[3] != BREAKDOWN)
    for qa, qb, of_a, of_b in pairs:
        if pa != pb:
            return Decision("compatible-flow-total", a, b, _show(qa), _show(qb))
        if qa.unit == ARRESTED and held_now:
            continue  # those still held, of all arrested (some since released)
        lo_a, hi_a = qa.low or 0.0, qa.high if qa.high is not None else float("inf")
        lo_b, hi_b = qb.low or 0.0, qb.high if qb.high is not None else float("inf")
        one_group = (
            of_a == of_b != BREAKDOWN
            or _one_side_counted(qa, a, qb, b)
            or _killers_and_killed(a, qa, b, qb, lat)
            or _killers_and_killed(b, qb, a, qa, lat)
        )
        if two_parts:
            continue
        if by_story and (received_a != received_b or not one_group):
            continue  # through the story, only rival counts of one group
        if received_a != received_b:
            (s, part), (t, total) = ((a, qa), (b, qb)) if received_a else ((b, qb), (a, qa))
            if total.of is not None and total.of != part.of:
                continue  # 14 bodies received, at most nine civilians dead: the bodies of any kind
            if _definite_count(total) or _says(t.record.claim.text, "alone"):
                continue  # القتيلين قرب المدرسة، ثمانية قتلوا ليلة الأحد وحدها: some of the dead, not all
            return _received_part(s, part, t, total)
        if one_group:
            return _one_group(a, qa, b, qb)
        if of_a is None or of_b is None:  # 5 soldiers among the dead are a part of 12 dead
            (s, part, lo), (t, total, hi) = (
                ((a, qa, lo_a), (b, qb, hi_b)) if of_b is None else ((b, qb, lo_b), (a, qa, hi_a))
            )
            if part.of is not None and _definite_count(total):
                continue  # القتيلين اللذين عثر عليهما: the two dead told of, not the whole toll
            if part.of == CIVILIANS and _own_count(total, t):
                continue  # خسائر قواته «اقتصرت على خمسة قتلى»: a side's own dead, none of the civilians
            if _side_count(part, s) and particulars_overlap(s, t)[0] == 0:
                continue  # 100 من عناصر الدعم السريع قتلوا في المعارك: a side's dead, not the market's
            if (
                part.of in COMBATANTS
                and t.prop.relation == ATTACK
                and _told_as_consequence(t.record.claim.text)
            ):
                continue  # غارة استهدفت سيارة، ما أدى إلى مقتل شخصين: a strike's toll, not the fighting's
            if (part.low, part.high) == (total.low, total.high) == (lo, hi):
                return Decision("agree-figures", s, t, _show(part), _show(total))  # the same two
            # ... but one report's part may belong to another incident of a story the two only share
            # in their places (a day of fighting in one city), not in their headlines
            apart = not _one_story(s, t, lat)
            rule = "contradict-part-exceeds" if lo > hi and not apart else "compatible-part-total"
            return Decision(rule, s, t, _show(part), _show(total))
    return None


def _periods(c: Claim) -> list[tuple[str, float, float]]:
    """The spans a claim's figures are told over (خلال أسبوعين): figures of two spans count apart."""
    return sorted((q.unit, q.low or 0, q.high or 0) for q in c.prop.quantities if is_period(q))


def _definite_count(q: Quantity) -> bool:
    """The count is a definite noun phrase (القتيلين، الجنود الثلاثة): some dead told of, not a toll; the
    dead as the subject of their number (القتلى «اثنان فقط») are the whole toll."""
    return all(w.startswith(ARTICLE) for w in words(q.text))


def _received_part(s: Claim, part: Quantity, t: Claim, total: Quantity) -> Decision:
    """One hospital's dead (استقبل المشفى 17 جثة) are a part of the toll: more than it are too many,
    unless carried in a day after it (the toll has risen since)."""
    over = total.high is not None and (part.low or 0.0) > total.high
    rule = "contradict-part-exceeds" if over else "compatible-part-total"
    ds, dt_ = s.record.article.published, t.record.article.published
    if over and ds is not None and dt_ is not None and dt_ < ds:
        rule = "compatible-update"  # more carried away a day after the toll: it has risen
    return Decision(rule, s, t, _show(part), _show(total))


def _counted_side(q: Quantity, c: Claim) -> frozenset[str]:
    """The side whose men a figure counts: one the claim names with it (27 عنصرا من «قسد»), or the
    speaker's own (مقتل أربعة من عناصره, said by the group): a side's own count of its dead and its
    enemy's count of them are rival counts of one group."""
    if _own_count(q, c):
        return _speaker_side(c)
    return _named_sides(q, c)


def _own_count(q: Quantity, c: Claim) -> bool:
    """A side's count of its own men: مقتل أربعة من عناصره، خسائرها «لا تتجاوز سبعة قتلى»."""
    if q.of in COMBATANTS and quantities.owned(q):
        return True
    return q.of in (None, *COMBATANTS) and quantities.own_losses(q, c.record.claim.text)


def _one_side_counted(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """Two figures named differently (قسد / عناصره) count the men of one side."""
    if qa.of == qb.of:
        return False
    return bool(_counted_side(qa, a) & _counted_side(qb, b))


def _killers_and_killed(s: Claim, killed: Quantity, t: Claim, own: Quantity, lat: Lattice) -> bool:
    """A side's count of the men it killed (قتلوا «٣٠ على الأقل» من أفراد الرتل) and its enemy's count of
    its own dead (مقتل ٤ جنود، said by the army; مقتل 6 من مقاتليها) count one group: the enemy's men,
    not a part of the killers' figure, unless the killers count two kinds (الجيش والميليشيات)."""
    return (
        own.unit == quantities.KILLED
        and (_own_count(own, t) or (own.of == SOLDIERS and _state_voice(t)))
        and _killed_by_speaker(s, lat) == killed
        and not quantities.of_two_kinds(killed, s.record.claim.text)
        and _opposed(s, t, voices=True)
    )


def _act_toll(c: Claim, counts: list[Quantity]) -> bool:
    """The claim's figures are the toll of the act it tells, naming no kind of dead (، ما أدى إلى سقوط
    تسعة)."""
    return _told_as_consequence(c.record.claim.text) and all(q.of is None for q in counts)


@lru_cache(maxsize=CACHE)
def _told_as_consequence(text: str) -> bool:
    """The claim tells what its act led to (، ما أسفر عن مقتل شخصين: `claim_consequences` of
    attribution.yaml)."""
    told = f" {' '.join(words(text))} "
    return any(f" {c} " in told for c in lexicon.load().claim_consequences)


def _side_count(q: Quantity, c: Claim) -> bool:
    """The figure counts the men of a side the claim names (أكثر من 100 من عناصر الدعم السريع), not a
    kind of person."""
    return bool(_named_sides(q, c))


def _named_sides(q: Quantity, c: Claim) -> frozenset[str]:
    """The actors the claim names in the words that say whose a figure counts (`of`: من «قسد»)."""
    if q.of is None:
        return frozenset()
    text = c.record.claim.text
    return frozenset(
        m.id
        for m in entities.table().mentions(text)
        if q.of in claimmatch.content_stems(text[m.start : m.end])
    )


CAP_LEAD = 2
"""How many words into its claim a cap on a story's toll names it (عدد القتلى المدنيين لا يتجاوز ...)."""


def _story_cap(a: Claim, counts_a: list[Quantity], b: Claim, counts_b: list[Quantity]) -> Decision | None:
    """A story's whole toll, capped or exact (عدد القتلى المدنيين «لا يتجاوز ثلاثة»، الحصيلة ارتفعت إلى
    ثمانية), against a count of the same group in another report of the story, by another speaker, above
    it: the story's dead cannot be fewer than one of its counts, wherever that count was made, unless
    that count came later (the toll has risen since)."""
    casualty_units = quantities.lexicon().casualty_units
    for s, totals, t, counts in ((a, counts_a, b, counts_b), (b, counts_b, a, counts_a)):
        if not _leads_with_total(s.record.claim.text):
            continue
        # of the dead named by no group, only against another toll (استقبل المستشفى 19 جثة، 20 قتيلا), not
        # against a side's count of the enemies it killed (قتلت عشرات من عناصره)
        told = t.record.claim.text
        # (not a toll an act led to, أدى إلى مقتل 15 شخصا: as often another event's of the story)
        nouns = _says(told, "toll_nouns") and not _says(told, "toll_causes")
        # (or another whole toll of the story: الحصيلة إلى ثمانية / حصيلة القتلى إلى خمسة)
        a_toll = _says(told, "received") or _says(told, "toll_words") or nouns or _leads_with_total(told)
        # (one side's dead, عدد قتلى اللواء, against only a count of the same group)
        whole = not _owned_total(s.record.claim.text)
        for total in totals:
            if total.unit not in casualty_units or total.high is None or total.low not in (None, total.high):
                continue  # (العدد الكبير للمحتاجين ... تسعة ملايين: no toll)
            exact = total.low is not None
            if exact and _of(total, s) == BREAKDOWN:
                continue  # (an exact toll among other counts of its unit is a breakdown, no whole)
            # (all the dead are no fewer than the dead of one group told as such: أربعة من أبناء عشيرته قتلوا)
            over = [
                q
                for q in counts
                if q.unit == total.unit
                and (q.low or 0) > total.high
                and (
                    (q.of == total.of and (total.of is not None or (a_toll and whole)))
                    or (total.of is None and whole and _opens_on(q, t) and not _of_battle(q, t, s))
                )
            ]
            if not over:
                continue
            if exact and _earlier_toll(s, total, t, over[0]):
                return Decision("compatible-update", s, t, _show(total), _show(over[0]))
            return Decision("contradict-figures", t, s, _show(over[0]), _show(total))
    return None


def _of_battle(q: Quantity, c: Claim, toll: Claim) -> bool:
    """The count is of men under arms (أكثر من 200 من الجنود قتلوا في المعارك), or of a side's men where the
    toll names a strike (مئة من عناصر الدعم السريع / حصيلة قتلى قصف السوق): the battle's dead, not that
    toll's."""
    if q.of in COMBATANTS:
        return True
    return _side_count(q, c) and ATTACK in _events(toll.record.claim.text) - _events(c.record.claim.text)


def _opens_on(q: Quantity, c: Claim) -> bool:
    """The claim opens on the count, its subject: the dead themselves (أربعة من أبناء عشيرته قتلوا), not
    the count a side gives of those it killed, which follows its verb (قتلنا 34 جنديا)."""
    return c.record.claim.text.startswith(q.text)


def _story_kind(a: Claim, counts_a: list[Quantity], b: Claim, counts_b: list[Quantity]) -> Decision | None:
    """Two sources' tolls of civilians or soldiers (47 جنديا / ستة جنود) in the reports of one story, each
    of its headline's event or naming its report's (في الهجوم), the toll among the claim's first words:
    rival counts of one group. Not fighters, a word for either side's (مقاتلين أفغان / 22 مسلحا), nor
    counts of a span (خلال 24 ساعة / في يوليو). In one report, an armed group's count of the soldiers it
    killed (مقاتليه قتلوا 12 من عناصر الحشد) and a hospital's dead are of the report's event."""
    one_report = a.record.article.id == b.record.article.id
    received = [_says(c.record.claim.text, "received") for c in (a, b)]

    def of_story(c: Claim, counts: list[Quantity]) -> bool:
        # (in one report, a hospital's dead are of its event: المستشفى استقبل جثث تسعة جنود)
        told = _of_headline(c) or _tells_article_event(c) or (one_report and any(received))
        killers = any(_killers_count(c, q) and (one_report or _headline_counts(c, q)) for q in counts)
        return (told or killers) and not _spans(c)

    if not (of_story(a, counts_a) and of_story(b, counts_b)):
        return None
    for qa in counts_a:
        for qb in counts_b:
            one = qa.unit == qb.unit == quantities.KILLED and qa.of == qb.of and qa.of in STORY_KINDS
            if not (one and _leads(qa, a) and _leads(qb, b)):
                continue
            if received[0] == received[1]:
                return _one_group(a, qa, b, qb)
            # one hospital's dead (استقبل المستشفى جثث تسعة جنود) are a part of the toll, not a rival count
            (s, part), (t, total) = ((a, qa), (b, qb)) if received[0] else ((b, qb), (a, qa))
            return _received_part(s, part, t, total)
    return None


def _headline_counts(c: Claim, q: Quantity) -> bool:
    """The claim's headline counts what the figure counts (مقتل 3 من الحشد بهجوم لـ«داعش»: soldiers
    killed): an armed group's count of the soldiers it killed in that report is of the headline's
    attack, told in another report of the story too."""
    return any(h.unit == q.unit and h.of == q.of for h in _figures_of(_headline(c) or ""))


@lru_cache(maxsize=CACHE)
def _figures_of(text: str) -> tuple[Quantity, ...]:
    """The figures of a headline, read once: every pair of its report's claims asks them."""
    return tuple(quantities.find(text))


KILLED_REACH = 3
"""How many words after a verb of killing its count stands (قتلوا «أكثر من 40 جنديا»)."""


def _killed_by_speaker(c: Claim, lat: Lattice) -> Quantity | None:
    """The count of those the speaker's side says it killed: a verb of killing opens the claim, alone or
    after its own men (قتلنا 34 جنديا، مقاتليه «قتلوا ستة عناصر»), and the count follows it (not ثمانية
    قتلوا, the dead: the passive is written alike)."""
    toks = quantities.tokens(c.record.claim.text)
    verb = next((k for k, t in enumerate(toks[:2]) if norm(t.text) in lat.killing), None)
    if verb is None or (verb and lat.own_ranks.isdisjoint(toks[0].forms)):
        return None
    reach = toks[verb + 1 : verb + 1 + KILLED_REACH]
    starts = {t.start for t in reach}
    text = c.record.claim.text
    counts = [q for q in _counts(c) if q.unit == quantities.KILLED and q.of != CIVILIANS]
    return next((q for q in counts if text.find(q.text) in starts), None)


def _killed_against_toll(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """A side's count of the men it killed (قتلنا 34 جنديا ومتطوعا في الكمين) against the toll of its
    story's event told by another side (حصيلة قتلى الكمين ٨ جنود و٥ متطوعين): the killers count the
    toll's dead, the men under arms of the side they attacked. The toll is the sum of its counts, each
    of men under arms, or naming no kind where the killers name none either and the two share a word
    (34 جنديا ومتطوعا / ٨ جنود و٥ متطوعين: of two kinds)."""
    for s, t in ((a, b), (b, a)):
        if (
            not _leads_with_total(t.record.claim.text)
            or _spans(t)
            or not (_of_headline(t) or _tells_article_event(t))
        ):
            continue  # (the toll's cheap, cached tests first: most pairs stop here)
        killed = _killed_by_speaker(s, lat)
        if killed is None or not _may_be(_speaker_side(s)).isdisjoint(_may_be(_speaker_side(t))):
            continue
        toll = [q for q in _counts(t) if q.unit == quantities.KILLED and not quantities.is_part(q)]
        kinds = {q.of for q in toll}
        unnamed = None in kinds and (killed.of is not None or particulars_overlap(s, t)[0] == 0)
        if not toll or CIVILIANS in kinds or unnamed or any(q.low is None or q.high is None for q in toll):
            continue  # (a toll naming no kind is as often of civilians: حصيلة الغارة على السوق)
        low, high = sum(q.low or 0 for q in toll), sum(q.high or 0 for q in toll)
        if (killed.high is not None and killed.high < low) or (killed.low or 0) > high:
            return Decision("contradict-figures", s, t, _show(killed), " + ".join(_show(q) for q in toll))
    return None


TOLL_LEAD = 12
"""How many words into a claim its own toll stands (a claim run on past its sentence tells others)."""


def _spans(c: Claim) -> bool:
    """The claim counts over a span (خلال الأربع والعشرين ساعة الماضية) or tells a time longer than a day
    (في يوليو)."""
    return any(is_period(q) for q in c.prop.quantities) or (c.when is not None and c.when[0] != c.when[1])


def _leads(q: Quantity, c: Claim) -> bool:
    """The figure stands among the claim's first TOLL_LEAD words."""
    text = c.record.claim.text
    at = text.find(q.text)
    return at >= 0 and len(text[:at].split()) < TOLL_LEAD


@lru_cache(maxsize=CACHE)
def _leads_with_total(text: str) -> bool:
    """The claim opens on a story's whole toll (عدد القتلى، الحصيلة: `story_total`)."""
    return bool(_total_hits(text))


def _total_hits(text: str) -> list[propositions.Hit]:
    """The story_total phrases among the claim's first words."""
    toks = quantities.tokens(text)[: CAP_LEAD + 1]
    return [h for h in propositions.grammar().where(toks, _phrases("story_total")) if h.start < CAP_LEAD]


@lru_cache(maxsize=CACHE)
def _owned_total(text: str) -> bool:
    """The toll the claim opens on is one side's dead, named right after it (عدد قتلى اللواء:
    `toll_owners`)."""
    toks = quantities.tokens(text)[: CAP_LEAD + 2]
    owners = lattice().toll_owners
    return any(h.end < len(toks) and not owners.isdisjoint(toks[h.end].forms) for h in _total_hits(text))


def _capped(c: Claim, q: Quantity) -> bool:
    """The count is said to be all there is (90 أسرة فقط) or to stop short of a figure (لا يتجاوز 5 آلاف)."""
    return c.prop.restrictive or (q.low is None and q.high is not None)


def _story_counts(a: Claim, b: Claim) -> Decision | None:
    """The displaced of a story, counted by two reports of it that name one place they fled (قرى
    الفاخر), or by one report, one of them naming none (عدد النازحين لا يتجاوز خمسة آلاف). Such counts
    grow by the day and are told of different spans (خلال شهر فبراير، منذ الأحد): two of them dispute
    only where one caps the count (90 أسرة فقط، لا يتجاوز خمسة آلاف) below the other, or a report sets
    them against each other."""
    fleeing = (
        _says(c.record.claim.text, "displacement") or DISPLACED in {q.unit for q in _counts(c)}
        for c in (a, b)
    )
    if not all(fleeing):
        return None  # 5000 عائلة تقيم في البلدة: families living there, not fleeing
    pa, pb = _particulars(a.record.claim.text), _particulars(b.record.claim.text)
    # (of one report, العدد «تجاوز ستة آلاف»: the count it told before, whatever the words around it)
    one_article = a.record.article.id == b.record.article.id
    anaphor = any(quantities.opens_on_anaphor(c.record.claim.text) for c in (a, b))
    # (of one report, a count capped, عدد العائلات التي غادرت «لا يتجاوز 70»: the report's displaced)
    capped = any(_capped(c, q) for c in (a, b) for q in _counts(c))
    if not _same_story(a, b) or not (
        claimmatch.overlap_stems(set(pa), set(pb)) or (one_article and (not (pa and pb) or anaphor or capped))
    ):
        return None
    for qa in _counts(a):
        for qb in _counts(b):
            if qa.unit != qb.unit or qa.of != qb.of:
                continue
            d = _one_group(a, qa, b, qb)
            # (two counts a report sets against each other are of one moment: بينما قدرت اللجان عددهم)
            if d.rule != "contradict-figures" or _capped(a, qa) or _capped(b, qb) or _rival(a, b):
                return d
    return None


DISPLACEMENT_LEAD = 3
"""How many words into a denied claim its word of fleeing stands (نفت الوزارة «حدوث أي نزوح»; not نفى أن
يكون الموقوفون، وجميعهم نازحون، ...)."""


def _denies_displacement(c: Claim) -> bool:
    """The claim says no one fled, in its words or by a denying cue before its word of fleeing."""
    text = c.record.claim.text
    lead = " ".join(text.split()[:DISPLACEMENT_LEAD])
    if _says(text, "no_displacement") or (not c.affirmed and _says(lead, "displacement")):
        return True
    return _no_one_left(text, denied=not c.affirmed)


NO_ONE_REACH = 5
"""How many words after its "anyone" a denial that anyone fled has its verb of leaving (أحدا من سكان
الموقع «لم يغادره»)."""


@lru_cache(maxsize=CACHE)
def _no_one_left(text: str, denied: bool) -> bool:
    """Anyone (أحدا، أي عائلة) with a verb of leaving close after it, negated right before it (لم يغادره)
    or under a denying cue (نفى أن تكون أي عائلة قد تركت منزلها)."""
    toks, g = quantities.tokens(text), propositions.grammar()
    # (the words of fleeing in `displacement` as well: أحدا لم ينزح، لم يغادروا، فرت)
    leaving = [h for w in ("leaving", "displacement") for h in g.where(toks, _phrases(w), inflected=True)]
    return any(
        h.end <= v.start < h.end + NO_ONE_REACH
        and (denied or quantities.Lexicon.ends_at(toks, v.start, g.short_neg) is not None)
        for h in g.where(toks, _phrases("no_one"))
        for v in leaving
    )


def _displacement_denied(a: Claim, b: Claim) -> Decision | None:
    """A denial that anyone fled (لا نزوح جماعيا من المنطقة، السكان «لم يغادروا منازلهم»، نفى أي نزوح)
    against a count of the displaced in its story (نحو 3 آلاف شخص فروا نحو الحدود): in its report, or in
    another that names a place it names, or where it names none."""
    for s, t in ((a, b), (b, a)):
        told = t.record.claim.text
        # (ما جرى «مجرد ترحيل احترازي لبضع عشرات من العائلات»: a count belittled, a denial of its own)
        if not _denies_displacement(t) or not s.affirmed or s.prop.restrictive or _denies_displacement(s):
            continue
        if s.prop.relation == ARREST:
            continue  # دورياتها اعتقلت 3 من الفارين: those arrested, not the displaced
        if not any(q.unit in lattice().spec.story_counts and (q.low or 0) >= 1 for q in _counts(s)):
            continue
        if not _same_story(s, t) or not _tells_flight(s):
            continue
        # (السكان «لم يغادروا منازلهم»: the words of the denial name no place)
        pt = _particulars(told) - _stems_of("no_displacement", "residents", "homes", "calm")
        # (مئات العائلات فرت نحو غوساو / لم تغادر أي أسرة أنكا: the place fled is its report's)
        ps = _particulars(s.record.claim.text) | s.story
        one_article = s.record.article.id == t.record.article.id
        if one_article or not pt or claimmatch.overlap_stems(set(ps), set(pt)):
            return Decision("contradict-denial", s, t, DISPLACED, DISPLACED)
    return None


def _tells_flight(c: Claim) -> bool:
    """A count of people told as fled or displaced (نحو 3 آلاف فروا، مئات العائلات عبرت الحدود), not as
    families a convoy carries home or is to carry (قافلة تضم 150 عائلة ستغادر، وصلت وعلى متنها 150 عائلة)."""
    text = c.record.claim.text
    return (
        DISPLACED in {q.unit for q in _counts(c)} or _says(text, "displacement") or not _says(text, "carried")
    )


def _story_arrests(a: Claim, b: Claim) -> Decision | None:
    """Two sources' counts of a story's arrests, in two of its reports or of one event in one (القوات
    اعتقلت تسعة مشتبها بهم / اعتقلت «أكثر من 60 شابا»), each the one count of arrests among its claim's
    first words: rival counts of one round-up, whatever each calls those taken, where one speaker at most
    speaks for the state (a security source against a deputy, a rights group or the families); not counts
    over a span (خلال أسبوع), nor those still held against all taken."""
    if a.prop.relation != ARREST or b.prop.relation != ARREST:
        return None
    if not _same_story(a, b) or same_speaker(a.record, b.record) or _spans(a) or _spans(b):
        return None
    if a.record.article.id == b.record.article.id and not same_event(a, b, lattice()):
        return None  # (one report's arrests in two places: a bulletin's rounds)
    if _says(a.record.claim.text, "held_now") != _says(b.record.claim.text, "held_now"):
        return None
    if all(_state_voice(c) for c in (a, b)) or any(_says(c.record.claim.text, "tally") for c in (a, b)):
        return None  # two of the state's bodies: other rounds, or a count that grew (297 / 590 موقوفا)
    # (its parts aside: 14 مطلوبا، بينهم ستة من العناصر السابقين)
    counts = [[q for q in _counts(c) if q.unit == ARRESTED and not quantities.told_among(q)] for c in (a, b)]
    if any(len(qs) != 1 or not _leads(qs[0], c) for qs, c in zip(counts, (a, b), strict=True)):
        return None
    by_a, by_b = _arrester(a), _arrester(b)
    if by_a and by_b and _may_be(by_a).isdisjoint(_may_be(by_b)):
        return None  # the police's three and a militia's five: two sides' arrests
    return _one_group(a, counts[0][0], b, counts[1][0])


def _measures(c: Claim) -> list[Quantity]:
    """The claim's shares and amounts (15 في المئة، ثلاثة ملايين دينار، 400 طن: numbers.yaml `measure`)."""
    return [q for q in c.prop.quantities if q.unit in quantities.lexicon().measures]


MEASURED_REACH = 3
"""Words each side of an amount's figure, and at the head of its claim, that say what it measures (مناولة
الحاويات تراجعت 40 في المئة، 15 في المئة من الشاحنات، المشاركة على المستوى الوطني بلغت 61 في المئة)."""


MEASURED_SHARE = 0.5
"""How much of the fewer words around one amount the other's must share: the same thing measured."""


@lru_cache(maxsize=CACHE)
def _measured(text: str, figure: str) -> frozenset[str]:
    """The particulars next to an amount's figure or opening its claim: what it is an amount of."""
    before, after = _words_around(text, figure)
    near = {*before[:MEASURED_REACH], *before[-MEASURED_REACH:], *after[:MEASURED_REACH]}
    return frozenset(claimmatch.content_stems(" ".join(near))) - _stems_of("amount_words")


def _words_around(text: str, figure: str) -> tuple[list[str], list[str]]:
    """The claim's words before and after a figure it holds (none where it does not)."""
    start = text.find(figure)
    if start < 0:
        return [], []
    return text[:start].split(), text[start + len(figure) :].split()


def _story_measures(a: Claim, b: Claim) -> Decision | None:
    """Two speakers' amounts of one unit in one story, each its claim's only one of that unit, next to words
    they share (خسائر الإضراب بنحو 10 ملايين دينار يوميا / كلفة الإضراب «3 ملايين دينار يوميا»; لم تتجاوز 15
    في المئة من الشاحنات / أكثر من 80 في المئة من الشاحنات): rival amounts of one thing, or one amount, or an
    earlier and a later one (_one_group); never two of one speaker, nor amounts over different spans."""
    ma, mb = _measures(a), _measures(b)
    units = {q.unit for q in ma} & {q.unit for q in mb}
    if not units:
        return None
    if not _same_story(a, b) or same_speaker(a.record, b.record) or not (a.conflict and b.conflict):
        return None  # (a business report's sums and shares are of as many things as it has figures)
    if any(len(c.record.claim.text.split()) > VERB_CLAIM_WORDS for c in (a, b)):
        return None
    if _periods(a) != _periods(b) or _times_apart(a, b, 0) or _spans(a) != _spans(b):
        return None  # (خلال أسبوع، الشهر الماضي / خلال 2028: amounts of two spans)
    if _ordinals(a.record.claim.text) != _ordinals(b.record.claim.text):
        return None  # (الطريق الأول يكلف 300 مليون / الطريق الثاني يكلف 450 مليونا: two things)
    ta, tb = a.record.claim.text, b.record.claim.text
    for unit in sorted(units):
        (qa, *more_a), (qb, *more_b) = ([q for q in m if q.unit == unit] for m in (ma, mb))
        if more_a or more_b:
            continue
        if _told_as_change(ta, qa.text) != _told_as_change(tb, qb.text):
            continue  # (سعر الطن يقارب 300 دينار / ارتفع سعر الطن خمسين دينارا: a level and a rise)
        wa, wb = _measured(ta, qa.text), _measured(tb, qb.text)
        if wa and wb and claimmatch.overlap_stems(set(wa), set(wb)) >= MEASURED_SHARE:
            return _one_group(a, qa, b, qb)
    return None


CHANGE_REACH = 2
"""Words before an amount's figure that tell it a rise or a fall (مناولة الحاويات تراجعت بنحو 70 في المئة)."""


def _told_as_change(text: str, figure: str) -> bool:
    """The amount is a rise or a fall (تراجعت 40 في المئة، نزول الأسعار ألف ريال), not a level."""
    before, _ = _words_around(text, figure)
    return _says(" ".join(before[-CHANGE_REACH:]), "amount_changes")


@cache
def _ordinal_words() -> frozenset[str]:
    return frozenset(norm(w) for w in lexicons.stance_numbers()[0].ordinals)


@lru_cache(maxsize=CACHE)
def _ordinals(text: str) -> frozenset[str]:
    """The ordinals a claim holds (الطريق الثاني، المرحلة الأولى): which of several things it tells of."""
    return frozenset(f for t in quantities.tokens(text) for f in t.forms if f in _ordinal_words())


def _arrester(c: Claim) -> frozenset[str]:
    """Who made the arrests: the sides the claim names, or, for a body announcing them by their verbal
    noun (أعلنت شرطة بابل اعتقال 3 أشخاص), the speaker's own."""
    text = c.record.claim.text
    if agents := _agents(text):
        return agents
    if c.record.cue.lemma not in lattice().spec.announcing_cues:
        return frozenset()  # (منظمة: اعتقال أكثر من 60 مدنيا: others' arrests it reports)
    opens = _first_trigger(quantities.tokens(text), ARREST) == 0
    return (_speaker_side(c) or _body(c)) if opens else frozenset()


def _state_voice(c: Claim) -> bool:
    """The speaker speaks for the state: its government, police or forces (lattice.yaml `state_voices`)."""
    s = c.record.speaker
    return _says(f"{s.resolved} {s.affiliation or ''}", "state_voices")


def _one_group(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> Decision:
    """Two counts of one group: they agree where their ranges meet, a later one updates an earlier one
    (ارتفعت الحصيلة إلى), else they contradict. No rise reconciles a toll of armed men alone with a later
    one holding civilians (ستة مسلحين «جميعهم من عناصر التنظيم» / ارتفعت إلى 13 بينهم أربع نساء)."""
    if _overlap(qa, qb):
        return Decision("agree-figures", a, b, _show(qa), _show(qb))
    kinds = any(_no_civilian_dead(s.record.claim.text) and _civilians_among(t) for s, t in ((a, b), (b, a)))
    if not kinds and (_earlier_and_later(a, qa, b, qb) or _earlier_and_later(b, qb, a, qa)):
        return Decision("compatible-update", a, b, _show(qa), _show(qb))
    return Decision("contradict-figures", a, b, _show(qa), _show(qb))


def _room_left(a: Claim, b: Claim) -> Decision | None:
    """One claim's dead less its part of one kind leave at most so many of another kind (9 قتلى بينهم
    5 من عناصر الأمن: four civilians at most); the other's count of that kind above it contradicts."""
    for s, t in ((a, b), (b, a)):
        killed = [q for q in s.prop.quantities if q.unit == quantities.KILLED]
        totals = [q for q in killed if q.of is None and q.high is not None]  # a part is open above
        parts = [q for q in killed if q.of in DEAD_KINDS and q.low is not None and q.high is None]
        if len(totals) != 1 or len(parts) != 1 or not quantities.is_part(parts[0]):
            continue
        (total,), (part,) = totals, parts
        rest = (total.high or 0) - (part.low or 0)
        for q in _counts(t):
            if q.unit == quantities.KILLED and q.of in DEAD_KINDS - {part.of} and (q.low or 0) > rest:
                return Decision("contradict-part-exceeds", t, s, _show(q), f"{_show(total)} − {_show(part)}")
    return None


def _link(a: Claim, b: Claim) -> str:
    """How the two claims' actors meet through the entity links (empty when they are the same pair)."""
    table = entities.table()
    ea, eb = set(a.prop.entities[:MAX_ACTORS]), set(b.prop.entities[:MAX_ACTORS])
    if len(ea & eb) >= 2:
        return ""
    steps = [table.link(x, y) for x in ea ^ eb for y in (eb if x in ea else ea)]
    found = sorted({s for s in steps if s})
    return f" (through {'; '.join(found)})" if found else ""


def _one_topic(a: Claim, b: Claim, lat: Lattice, firm: bool, grounded: int) -> bool:
    """Two relational claims speak of one tie: firmly about the same pair of actors, or, each naming
    at least one party, in words that tell one topic (وقف إطلاق النار في محيط سد تشرين)."""
    da, ea = _pair_keys(tuple(a.prop.entities))
    db, eb = _pair_keys(tuple(b.prop.entities))
    if firm and (da & eb or db & ea):
        return True
    # العلاقة بين الطرفين / الطرفان يخوضان المعركة حلفا واحدا: in one story, the two parties it disputes
    if _same_story(a, b) and all(_reading(c.record.claim.text).refers for c in (a, b)):
        return True
    # لا تنسيق لقواتنا مع أي طرف: the other party is any, so one actor in common is the pair
    if firm and any(_open_party(c.record.claim.text) for c in (a, b)):
        # a claim that names no actor of its own (نفى «أي تحالف») is said of the speaker's side
        sa, sb = (
            _with_links(c.prop.entities[:MAX_ACTORS])
            if _names_parties(c.record.claim.text)
            else _speaker_side(c)
            for c in (a, b)
        )
        if sa & sb:
            return True
    ta, tb = a.record.claim.text, b.record.claim.text
    # نفت الجبهة «أي صلة» لها بالمجموعات المسلحة: the denier's ties, with whomever the other claim names it
    if _own_link_denied(a, b) or _own_link_denied(b, a):
        return True
    # ما يجمع الجيش والعشائر «تنسيق ظرفي لا يرقى إلى تحالف» / العشائر «خاضوا المعركة في تحالف معلن مع
    # الجيش»: a tie of a war belittled, in the story of the tie it belittles, naming a party in the same words
    belittled = _belittled(a, b, lat) or _belittled(b, a, lat)
    if belittled and _same_story(a, b) and a.conflict and b.conflict:
        # (in one report one word in common, across reports two: their stories' common words are many)
        share, n = _text_overlap(ta, tb)
        if share * n >= (1 if a.record.article.id == b.record.article.id else BELITTLED_SHARED):
            return True
        # ما بينها وبين الدعم السريع «تحالف» / العلاقة «مجرد تنسيق»: each names a party, the story the other,
        # and both are read of the same pair
        if grounded >= 1 and (da & eb or db & ea):
            return True
        # ما يجري «ليس تحالفا، بل مجرد تنسيق»، ما يجمع التنظيمين «هدنة مؤقتة»: the story's tie, its parties
        # not named again (not ما بين الحزب والحكومة: a tie of its own)
        if _unnamed_tie(a if _belittled(a, b, lat) else b):
            return True
    shorter, longer = lat.spec.same_event_overlap, lat.spec.same_event_overlap_longer
    return grounded >= 1 and _fewest(ta, tb) > 1 and _shared(ta, tb, shorter, longer)


def _unnamed_tie(c: Claim) -> bool:
    """A lesser tie said of "what goes on" or of "the two" (ما يجري «مجرد تنسيق»، ما يجمع التنظيمين «هدنة»):
    the tie of its story, whoever it names. The claim opens on those words and is one statement (not a long
    one with ما يحدث deep inside)."""
    return c.prop.restrictive and _opens_unnamed(c.record.claim.text)


@lru_cache(maxsize=CACHE)
def _opens_unnamed(text: str) -> bool:
    if len(text.split()) > VERB_CLAIM_WORDS:
        return False
    opening = propositions.grammar().where(quantities.tokens(text), _phrases("tie_unnamed"), inflected=True)
    return _reading(text).refers or any(h.start == 0 for h in opening)


BELITTLED_SHARED = 2
"""How many particulars two reports' claims of a tie and of its belittling share (العشائر، الطبقة)."""


def _belittled(small: Claim, told: Claim, lat: Lattice) -> bool:
    """`small` says the tie `told` asserts is merely a lesser one (تنسيق ظرفي لا يرقى إلى تحالف)."""
    ps, pt = small.prop, told.prop
    if not (ps.restrictive and small.affirmed and told.affirmed) or pt.restrictive:
        return False
    return bool(ps.relation and pt.relation) and pt.relation in lat.merely_denies(ps.relation or "")


ANY_TIE_TAIL = 2
"""The most words after a tie of any kind (أي تحالف) in a claim that leaves its parties open: an
alternative (أو تنسيق), not the party it names (أي اتفاق مع وزارة الإسكان)."""


def _open_party(text: str) -> bool:
    """A relation of one party with any other (مع أي طرف), or of any kind with no party named (نفى «أي
    تحالف أو تنسيق»)."""
    return _says(text, "any_party") or _open_tie(text)


def _names_parties(text: str) -> bool:
    return bool(_reading(text).parties)


@lru_cache(maxsize=CACHE)
def _open_tie(text: str) -> bool:
    """A tie of any kind that names no party (أي تحالف أو تنسيق): nothing after it but an alternative."""
    if not _says(text, "any_tie") or _names_parties(text):
        return False
    toks = quantities.tokens(text)
    ties = propositions.grammar().where(toks, _phrases("any_tie"), inflected=True)
    return any(len(toks) - h.end <= ANY_TIE_TAIL for h in ties)


@lru_cache(maxsize=CACHE)
def _agents(text: str) -> frozenset[str]:
    """The actors a text names, adjectives of nationality too (الضربة أميركية), with what they are
    branches of."""
    return _with_links(propositions._actors(entities.table().agents(text)))


def _speaker_side(c: Claim) -> frozenset[str]:
    """Whom the claim's speaker speaks for (قوات الجماعة، قوات بلاده، استعدنا: the speaker's own)."""
    s = c.record.speaker
    side = _with_links(propositions.speaker_actors(s.resolved, s.affiliation)) or _agents(s.resolved)
    return side or _with_links(_speaker_by_head(c))


def _is_state(actor: str) -> bool:
    return entities.table().kind(actor) == "state"


def _of_state(side: frozenset[str]) -> bool:
    """The side is a state's forces: the army named by its head (any state's) or a state of the table."""
    return any(x == STATE_FORCES or _is_state(x) for x in side)


def _known(side: frozenset[str]) -> bool:
    """The side is named, and every actor of it is one the entity table knows."""
    return bool(side) and not any(x.startswith(entities.UNKNOWN_PREFIX) for x in side)


def _named_side(words: str, c: Claim) -> frozenset[str]:
    """The actors these words of a claim name, or refer to by a bare head (مقاتلي الحركة: the group its
    article named)."""
    heads = (h for h, _ in entities.table().bare_heads(words))
    return _agents(words) | _with_links(c.prop.anaphors[h] for h in heads if h in c.prop.anaphors)


def _groups(actors: frozenset[str]) -> frozenset[str]:
    """The armed groups among the actors (`_is_group`)."""
    return frozenset(x for x in actors if _is_group(x))


def _is_group(actor: str) -> bool:
    """An armed group, known to the entity table or not (مسلحو «كوديكو»)."""
    return actor.startswith(entities.UNKNOWN_PREFIX) or entities.table().kind(actor) == "group"


def _opposed(a: Claim, b: Claim, voices: bool = False) -> bool:
    """The two speakers speak for known sides, neither of which the other may be; with `voices`, a state's
    voice the table does not know speaks for its forces (هيئة أركان الجيوش, the enemy of the men who say they
    killed its soldiers; left out of the rival accounts of one report, where it cost a gold pair)."""
    state = frozenset({STATE_FORCES})
    sa, sb = (_speaker_side(c) or (state if voices and _state_voice(c) else frozenset()) for c in (a, b))
    return bool(sa) and bool(sb) and _may_be(sa).isdisjoint(_may_be(sb))


def _speaker_by_head(c: Claim) -> tuple[str, ...]:
    """The group a speaker names by its head alone (المتحدث باسم الحركة): the one its article named
    حركة ... in full."""
    if not c.prop.anaphors:
        return ()
    s, table = c.record.speaker, entities.table()
    heads = [h for phrase in (s.resolved, s.affiliation or "") for h, _ in table.bare_heads(phrase)]
    return tuple(sorted({c.prop.anaphors[h] for h in heads if h in c.prop.anaphors}))


def _same_agent(told: Claim, denial: Claim, lat: Lattice) -> bool:
    """A denial of what an agent did (نفى أن تكون القوات الأميركية نفذت أي ضربة; قوات الجماعة: the
    speaker's) denies the reports that name that agent or come from its side (استعدنا القريتين), not
    every report of the event; a denial that names no agent (نفى وقوع أي هجوم), or of an outcome (أن
    يكون الهجوم أوقع قتلى), denies them all; one of a target suffering any (القاعدة لم تتعرض لأي هجوم)
    denies those of attacks on it."""
    text = denial.record.claim.text
    if denial.prop.relation not in lat.spec.agent_denials:
        return True
    if (suffered := _suffering_told(told, denial)) is not None:
        return suffered  # القاعدة لم تتعرض لأي هجوم: whoever attacked it
    if _says(text, "captivity"):
        # (أي جندي وقع في الأسر: soldiers by name, whoever denies it)
        soldiers = _state_voice(denial) or not _unit_words(SOLDIERS).isdisjoint(words(text))
        taken = SOLDIERS if soldiers else FIGHTERS
        return any(q.unit == ARRESTED and q.of == taken for q in _counts(told))
    agents = _agents(text)
    if denial.prop.relation not in lat.spec.content_denials:  # لم يسيطروا: whoever claims the ground
        agents = agents or _speaker_side(denial)
    if denial.prop.relation == GROUND:
        if not agents and not _says(text, "lost_ground"):
            # a hold denied with no side named, by a speaker of none (نفى متحدث مزاعم الحكومة بسيطرتها):
            # of its own report's holds only, whoever holds in the others (a fall denied is of the place's
            # holder), but not of the speaker's own side (الفصائل لم تتقدم مترا / بقيتا تحت سيطرة قواتنا)
            held = _holder(told)
            own = held is not None and not _may_be(held[0]).isdisjoint(_may_be(_speaker_side(denial)))
            return told.record.article.id == denial.record.article.id and not own
        if agents and _holding(told.record.claim.text) is not None:
            # لم يتقدموا مترا against قواتنا صدت هجوما شنه X: of the side said to hold (none known: no
            # one's the denial names), not of any side named
            held = _holder(told)
            return held is not None and not _may_be(agents).isdisjoint(_may_be(held[0]))
    return not agents or _given_to(told, agents, denial)


def _suffering_told(told: Claim, denial: Claim) -> bool | None:
    """Whether a denial that a target suffered any attack (القاعدة «لم تتعرض لأي هجوم») is of the told
    report: one that names the target, not over a span; None for any other denial."""
    split = _split_at(denial.record.claim.text, "suffered")
    if split is None:
        return None
    text = told.record.claim.text
    return claimmatch.overlap_stems(set(_particulars(split[0])), set(_particulars(text))) > 0 and not _says(
        text, "tally"
    )


def _given_to(told: Claim, agents: frozenset[str], denial: Claim) -> bool:
    """The report gives its event to one of the agents a denial speaks for, or, for arrests in the
    denial's own report, to no one: the charge the denial answers (وثقت المنظمة اعتقال 14 مدنيا / نفى
    مسؤول حوثي اعتقال أي مدني; a strike or a toll told with no agent is as often another's, unless its
    report names no other actor)."""
    # إسرائيل هي من نفذت الضربة، وأبلغت الأميركيين بها: its attacker, where it names one, not every side
    told_by = _attackers(told.record.claim.text) or _state_attackers(told) or _told_by(told)
    if not told_by:
        one_report = told.record.article.id == denial.record.article.id
        if one_report and told.prop.relation == denial.prop.relation == ARREST:
            return True
        # (غارة استهدفت مزرعة داخل الأراضي السورية, in a report that names no actor but the denier's side:
        # the strike it answers)
        named, text = set(told.prop.entities), told.record.claim.text
        # (the strike opening the claim, not one it passes, تحركت الأرتال بعد ساعات من الهجوم, nor the toll
        # of one, الضربة قتلت خمسة حراس: the dead are told, whoever struck)
        opens = ATTACK in _events(" ".join(text.split()[:ATTACK_LEAD])) and not _counts(told)
        return opens and not _says(text, "feared") and bool(named) and named <= agents
    return not agents.isdisjoint(told_by)


ATTACK_LEAD = 3
"""How many words into a claim with no agent its strike stands (غارة جوية استهدفت مزرعة) for a denial of any
strike by the only side its report names to meet it."""


def _state_attackers(c: Claim) -> frozenset[str]:
    """The state named in a claim's actors, where its forces, named bare, stand before the word of attack
    (الجيش قصف المستشفى بمسيرة, in a report of one state's army: that army)."""
    if not _state_attacks(c.record.claim.text):
        return frozenset()
    return _with_links(frozenset(e for e in c.prop.entities if _is_state(e)))


def _told_by(c: Claim) -> frozenset[str]:
    """Whom a report gives its event to: the actors it names and its speaker's side."""
    return _agents(c.record.claim.text) | _speaker_side(c)


GROUND = "control"
ALLIANCE = "alliance"
"""The relation of claims about who holds ground (relations.yaml)."""
SPARSE_HOLDING = 1
"""The most particulars of the ground after a verb of holding that name none (القريتين، بمواقعه)."""
SPARSE_GROUND = 2
"""The most particulars of a claim of control too sparse to name ground of its own (الموقع لم يسقط)."""


def _one_ground(
    a: Claim, b: Claim, lat: Lattice, story: bool = True, grounds: tuple[frozenset[str], ...] = ()
) -> bool:
    """Two claims tell one event or, of one report (or with `story`, of two reports of one story),
    each names the ground in dispute (بلدة الكرامة): one place word in common is enough there (in the
    whole claims, or in the `grounds` their verbs of holding name), unless one says it tells another
    event."""
    ground = a.prop.relation == b.prop.relation == GROUND
    one_article = a.record.article.id == b.record.article.id
    if not (ground and one_article) and same_event(a, b, lat):
        return True
    if not ground or not (one_article or (story and _same_story(a, b))):
        return False
    ta, tb = a.record.claim.text, b.record.claim.text
    if _says(ta, "other_event") or _says(tb, "other_event"):
        return False
    pa, pb = _particulars(ta), _particulars(tb)
    one_place = _one_place(ta, pa, tb, pb) or (bool(grounds) and _one_place(ta, grounds[0], tb, grounds[1]))
    # of one report, الموقع لم يسقط: the report's ground, named no further (or by a hold naming no place:
    # صدت الهجوم ومنعت المليشيا من دخول المدينة); of two, a place in both
    unnamed = bool(grounds) and not all(grounds)
    return one_place or (one_article and (min(len(pa), len(pb)) <= SPARSE_GROUND or unnamed))


def _one_place(ta: str, ga: frozenset[str], tb: str, gb: frozenset[str]) -> bool:
    """Two grounds share a place (رغوان), or one side holds a town in full and the other a part of it
    named no further (مقر الحامية، الحي الشرقي)."""
    if claimmatch.overlap_stems(set(ga), set(gb)) > 0:
        return True
    parts = _stems_of("town_parts", "full_hold")  # الأحياء الغربية, and كامل in the part's own claim
    return any(_says(t, "full_hold") and g and g <= parts for t, g in ((ta, gb), (tb, ga)))


@cache
def _stems_of(
    *which: Literal[
        "town_parts",
        "full_hold",
        "body_words",
        "no_displacement",
        "residents",
        "homes",
        "calm",
        "toll_words",
        "running",
        "halted",
        "amount_words",
    ],
) -> frozenset[str]:
    """The content stems of the words of these lattice lists."""
    spec = lattice().spec
    return frozenset(s for name in which for w in getattr(spec, name) for s in claimmatch.content_stems(w))


STATE_FORCES = "state forces"
"""The side of a claim whose holder is the army named by its head alone (الجيش، the state's)."""
ARMED_MEN = "armed men"
"""The side of a claim whose holder is armed men named by no group (مسلحين): at war with the state."""
BODY = "~"
"""Marks the words of a speaker's body the entity table does not know (القوات المشتركة: ~مشترك)."""
BODY_TYPES = ("organization", "named_official", "anonymous_official")
"""Speakers who speak for a body: their claim of ground with no holder named is their body's."""
HOLDING_REACH = 7
"""A verb of holding ground is a claim's main predicate only among its first words (later, it is
said of something else: ميناء الحديدة الذي يسيطر عليه الحوثيون)."""
SUBJECT_BEFORE, SUBJECT_AFTER = 4, 2
"""How far a subject may stand before the verb (in words) or after it (in characters)."""
GROUND_WORDS = 8
"""How many words after the verb name the ground held (up to the end of its clause)."""


def _holding_verb(toks: list[quantities.Tok]) -> int | None:
    """Where a verb of holding ground leads the claim (among its first HOLDING_REACH words, not counting
    the words that say the hold lasts)."""
    holding = lattice().holding
    reach = HOLDING_REACH + sum(h.end - h.start for h in _lasting(toks[: HOLDING_REACH + 2]))
    found = next((k for k, t in enumerate(toks[:reach]) if not holding.isdisjoint(t.forms)), None)
    # مقاتلونا ما زالوا في أندرامبوكان: the last word of being there still
    still = next((h.end - 1 for h in propositions.grammar().where(toks[:reach], _phrases("still_at"))), None)
    return found if found is not None and (still is None or found < still) else still


def _lasting(toks: list[quantities.Tok]) -> list[propositions.Hit]:
    """The phrases of more than one word that say a hold lasts (ما زالوا، لا يزال)."""
    hits = propositions.grammar().where(toks, _phrases("lasting_hold"))
    return [h for h in hits if h.end - h.start > 1]


def _subject_from(toks: list[quantities.Tok], k: int) -> int:
    """Where the words before the verb at k that may be its subject begin (SUBJECT_BEFORE words before
    it, not counting a ما زالوا between, or a phrase of being there still that ends at k)."""
    lead = next((h.start for h in _lasting(toks[:k]) if h.end == k), k)
    # (مسلحين «لا يزالون يقيمون حواجز»: the phrase of being there still that ends at k)
    still = propositions.grammar().where(toks[: k + 1], _phrases("still_at"))
    lead = next((h.start for h in still if h.end == k + 1), lead)
    return max(0, lead - SUBJECT_BEFORE)


@lru_cache(maxsize=CACHE)
def _denies_holding(text: str) -> bool:
    """The claim's leading verb of holding ground comes right after a negator (لم يسيطروا على أي
    موقع): a denial of it, as a denying cue is; a negation elsewhere in the claim (لم يبق أمامنا سوى
    أيام حتى نسيطر على المدينة) is not."""
    toks = quantities.tokens(text)
    k = _holding_verb(toks)
    return k is not None and quantities.Lexicon.ends_at(toks, k, propositions.grammar().short_neg) is not None


@lru_cache(maxsize=CACHE)
def _holding(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """(subject, ground, bare heads of the subject) of a claim whose main predicate holds ground
    (استعدنا القريتين، «الجيش الوطني» يحتفظ بمواقعه، قواتنا صدت الهجوم، الجيش ما زال يسيطر): the actors
    named as its subject, before it or right after it (سيطر تنظيم داعش على), not after a preposition
    (من داعش، هجوما شنه X), the particulars of the words after it, and the actor heads standing alone
    as its subject (الجيش). None where no such verb leads the claim, or one follows a relative pronoun."""
    toks = quantities.tokens(text)
    barriers = propositions.grammar().barriers
    k = _holding_verb(toks)
    if k is None or any(quantities.Lexicon.starts_at(toks, j, barriers) for j in range(max(0, k - 2), k)):
        return None
    lat = lattice()
    # القاعدة «لا تزال تحت سيطرة قواتنا»: the ground before the hold, its holder after it (_held_under)
    under = k > 0 and not lat.held_under.isdisjoint(toks[k - 1].forms)
    if under and not lat.holds.isdisjoint(toks[k].forms):
        return None
    verb = toks[k]
    first = toks[_subject_from(toks, k)].start
    table = entities.table()

    def subject(start: int, end: int) -> bool:
        return (first <= start and end <= verb.start) or 0 <= start - verb.end <= SUBJECT_AFTER

    named = list(table.mentions(text))
    found = [m.id for m in named if subject(m.start, m.end)]
    heads = frozenset(h for h, at in table.bare_heads(text, named) if subject(at, at))
    # up to the end of its clause, or a relative clause telling of the ground (الذي يتعرض لقصف متواصل)
    clause = re.split(r"[،,.؛]|\s(?:الذي|التي)\s", text[verb.end :], maxsplit=1)[0]
    # سيطرتها على الكويك وتطوق كادقلي: a place besieged is no ground held
    besieged = next(
        (t.start for t in quantities.tokens(clause) if not lat.besieging.isdisjoint(t.forms)), None
    )
    clause = clause[:besieged] if besieged is not None else clause
    if not lat.repelling.isdisjoint(verb.forms):
        # صدت الهجوم وكبدت المتمردين خسائر: the ground is the attack's target (هجوما على مواقعنا في
        # الهضبة), else the report's, named no further
        clause = clause.split(" على ", 1)[1] if " على " in clause else ""
    ground = " ".join(clause.split()[:GROUND_WORDS])
    return _with_links(propositions._actors(found)), _particulars(ground), heads


def _holder(c: Claim) -> tuple[frozenset[str], frozenset[str]] | None:
    """(side, ground) of a claim that a side holds ground: the subject of its verb of holding, else
    the speaker's side (استعدنا القريتين، قوات الجيش صدت الهجوم); None where no side is known or the
    claim tells of losing ground."""
    text = c.record.claim.text
    if c.prop.relation != GROUND:
        return None  # a toll or an attack told where it happened (قتل خمسة داخل المدينة) holds nothing
    if _says(text, "lost_ground") or _says(text, "captives_held"):
        return None  # (وقعوا أسرى في أيدي المتمردين: men held, not ground)
    held = _holding(text)
    if held is None:
        under = _held_under(text)
        if under is None:
            return None
        holder, ground, own = under
        side = holder or ((_speaker_side(c) or _body(c)) if own else frozenset())
        return (side, ground) if side else None
    subject, ground, heads = held
    # (القاعدة لم تسقط, where the article writes القاعدة العسكرية: the base, not al-Qaeda)
    nouns = entities.table().nouns
    subject = frozenset(x for x in subject if x not in nouns or x in c.prop.entities)
    referred = _with_links(c.prop.anaphors[h] for h in heads if h in c.prop.anaphors)
    side = subject or referred
    if not side and _held_by(text, "armed_men"):
        side = frozenset({ARMED_MEN})
    if not side and _held_by(text, "state_forces"):
        side = frozenset({STATE_FORCES})  # الجيش «صد الهجوم»: the state's army, whichever state
    # هذه القوات شاركت في صد الهجوم: others' forces; أهالي المنطقة لا يزالون متحصنين: no side's
    if (
        not side
        and not _says(text, "not_own")
        and not _says(" ".join(text.split()[:SUBJECT_BEFORE]), "residents")
    ):
        side = _speaker_side(c) or _body(c)
    return (side, ground) if side else None


@lru_cache(maxsize=CACHE)
def _body_of(name: str) -> frozenset[str]:
    """The side a speaker's body names (وزارة الداخلية: the state's; المتحدث باسم القوات المشتركة في
    محور الضالع: ~مشترك ~ضالع), the person's name after the comma left out."""
    body = name.split("،")[0]
    if "باسم" in body:
        body = body.split("باسم", 1)[1]
    if _says(body, "state_forces"):
        return frozenset({STATE_FORCES})
    generic = _stems_of("body_words")
    return frozenset(BODY + s for s in claimmatch.content_stems(body) if s not in generic)


def _body(c: Claim) -> frozenset[str]:
    """The side of a speaker for a body the entity table does not know; none for residents, witnesses
    or experts, who hold no ground."""
    s = c.record.speaker
    # a post named by its body (قائد الأمن الوطني، مصدر في «تجمع الشباب»), whatever the speaker's type
    post = bool(s.resolved) and not _stems_of("body_words").isdisjoint(
        claimmatch.content_stems(s.resolved.split()[0])
    )
    if s.type not in BODY_TYPES and not post:
        return frozenset()
    # an official's body is the one he speaks for (المتحدث باسم ...) or belongs to, not his own name
    name = s.resolved if s.type == "organization" or "باسم" in s.resolved else s.affiliation
    name = name or (s.resolved if post else None)
    return _body_of(name) if name else frozenset()


def _head_only(side: frozenset[str]) -> bool:
    """A body named by nothing but an actor head (اللواء، الكتيبة): no name of its own."""
    return side <= _head_bodies()


@cache
def _head_bodies() -> frozenset[str]:
    return frozenset(BODY + s for h in entities.table().any_head for s in claimmatch.content_stems("ال" + h))


def _unlisted(side: frozenset[str]) -> bool:
    """Every actor of the side is missing from the entity table: a speaker's body or an unknown group."""
    return all(x.startswith((BODY, entities.UNKNOWN_PREFIX)) for x in side)


def _unknown(side: frozenset[str]) -> bool:
    return any(x.startswith(BODY) for x in side)


HOLDER_WORDS = 4
"""How many words after a hold named as a noun may name its holder (تحت سيطرة قوات الدعم السريع)."""


@lru_cache(maxsize=CACHE)
def _held_under(text: str) -> tuple[frozenset[str], frozenset[str], bool] | None:
    """(holder, ground, the speaker's own) of a claim naming the ground first and its hold after it (مقر
    الفرقة لا يزال تحت سيطرتنا، المعسكر لم يخرج عن سيطرة الجيش); None for any other."""
    toks = quantities.tokens(text)
    lat = lattice()
    holds = lat.holds
    at = next(
        (
            k
            for k in range(1, len(toks))
            if not lat.held_under.isdisjoint(toks[k - 1].forms) and not holds.isdisjoint(toks[k].forms)
        ),
        None,
    )
    # (the first before the hold: سانغي في أيدينا ولا أسرى ...: a later لا tells something else)
    first = next((j for j, t in enumerate(toks[:at]) if not lat.held_since.isdisjoint(t.forms)), None)
    lead = 0
    if at is not None and first is None:
        # قيسان تحت سيطرتنا الكاملة: said with no verb, the ground is the words right before the hold
        first = at - 1
        lead = max(0, first - GROUND_WORDS)
    if at is None or first is None or not 0 < first < at or first - lead > GROUND_WORDS:
        return None
    if any(not lat.holding.isdisjoint(t.forms) for t in toks[:first]):
        return None  # سيطرت على الحي الذي كان لا يزال تحت سيطرة الحوثيين: a hold it took, told before
    ground = _particulars(" ".join(t.text for t in toks[lead:first]))
    # (تباب موشج في قبضتنا والحوثيون تراجعوا: a hold with its pronoun is the speaker's, whoever follows)
    if not lat.own_holds.isdisjoint(toks[at].forms):
        return frozenset(), ground, True
    after = text[toks[at].end : toks[min(at + HOLDER_WORDS, len(toks) - 1)].end]
    named = [m.id for m in entities.table().mentions(after)]
    holder = _with_links(propositions._actors(named))
    if not holder and propositions.grammar().where(quantities.tokens(after), _phrases("state_forces")):
        holder = frozenset({STATE_FORCES})
    # (المعسكر لا يزال تحت السيطرة الكاملة: a definite hold names no holder after it, so it is the speaker's)
    bare = not holder and any(f.startswith(ARTICLE) for f in toks[at].forms[:-1])
    own = bare or any(not lat.own_forces.isdisjoint(t.forms) for t in toks[at + 1 : at + 1 + HOLDER_WORDS])
    return holder, ground, own


@lru_cache(maxsize=CACHE)
def _held_by(text: str, which: Literal["state_forces", "armed_men"]) -> bool:
    """The state's forces (or armed men) stand as the subject of the claim's verb of holding: before
    it, right after it (صد الجيش الهجوم), or as the holder after سيطرة and an adjective (تحت السيطرة
    الكاملة للقوات المسلحة); not as the object (اقتحموا معسكر الجيش، سيطروا على مواقع الجيش)."""
    toks = quantities.tokens(text)
    k = _holding_verb(toks)
    if k is None:
        return False
    after = k + 2 if not lattice().holding_nouns.isdisjoint(toks[k].forms) else k + 1
    hits = propositions.grammar().where(toks, _phrases(which), inflected=True)
    return any(_subject_from(toks, k) <= h.start < k or k < h.start <= after for h in hits)


def _rebels(side: frozenset[str]) -> frozenset[str]:
    """The groups of the side the table does not know that are named for breaking away or rebelling
    (?كتيبه منشقه: `rebel_names`)."""
    names, unknown = normed(lattice().spec.rebel_names), entities.UNKNOWN_PREFIX
    return frozenset(
        x for x in side if x.startswith(unknown) and not names.isdisjoint(x.removeprefix(unknown).split())
    )


def _may_be(side: frozenset[str]) -> frozenset[str]:
    """The side with the known actors its unknown names may shorten (الجيش الوطني: الجيش الوطني السوري),
    and a group the table does not know with the words its speakers' bodies are named by («ألوية العمالقة»:
    ~عمالق, the body of المتحدث باسم العمالقة)."""
    short = entities.table().short_forms
    return side.union(*(short.get(x, ()) for x in side), *(_named_body(x) for x in side))


@lru_cache(maxsize=CACHE)
def _named_body(actor: str) -> frozenset[str]:
    """The body words of a group the table does not know, past its head (?الويه عمالقه: ~عمالق)."""
    if not actor.startswith(entities.UNKNOWN_PREFIX):
        return frozenset()
    return _body_of(actor.removeprefix(entities.UNKNOWN_PREFIX)) - _head_bodies() - _bare_head_bodies()


@cache
def _bare_head_bodies() -> frozenset[str]:
    """Every head word of a group's name as a body word (~الوي), which names no body of its own."""
    return frozenset(BODY + s for h in entities.table().any_head for s in claimmatch.content_stems(h))


def _holders(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """Two sources of one event giving one ground to different sides: the words after their verbs
    share a place, or one names the ground no further (القريتين، مواقعه)."""
    ha, hb = _holder(a), _holder(b)
    if ha is None or hb is None or not _may_be(ha[0]).isdisjoint(_may_be(hb[0])):
        return None
    (sa, ga), (sb, gb) = ha, hb
    ta, tb = a.record.claim.text, b.record.claim.text
    if _says(ta, "partial_hold") or _says(tb, "partial_hold"):
        return None  # بسطت سيطرتها على الجزء الأكبر من الحي / الحوثيون ما زالوا فيه: the rest is another's
    enemies = a.at_war | b.at_war | set(lat.spec.state_enemies) | {ARMED_MEN} | _rebels(sa | sb)
    named = {*a.prop.entities, *b.prop.entities} | _agents(ta) | _agents(tb)
    # two speakers each giving the ground to their own side (قواته بسطت سيطرتها على المطار / مقاتلونا ما
    # زالوا داخل المطار), one saying it holds it still: each claims it against the other, whichever sides
    # the table knows; not of the army named by its head (any state's, the speaker's own too), nor of a
    # body named by its head alone (اللواء may be the other under its full name), nor where a third side
    # at war with the state is named, against which the two may fight together; two sides that both took
    # the place may have taken it together
    rivals = (
        (_says(ta, "lasting_hold") or _says(tb, "lasting_hold"))
        and (sa | sb).isdisjoint({STATE_FORCES, ARMED_MEN})
        and enemies.intersection(named) <= sa | sb
        and all(
            side in (_body(c), _speaker_side(c)) and not _head_only(side) for side, c in ((sa, a), (sb, b))
        )
    )
    if _unlisted(sa) and _unlisted(sb):
        # two sides the table does not know: only rivals, in one place both name
        if not rivals or claimmatch.overlap_stems(set(ga), set(gb)) == 0:
            return None
    elif not rivals and (_unknown(sa) or _unknown(sb)):
        # a body the table does not know holds against a side at war with the state, one taking what
        # the other says it holds: two such bodies are as often allies under two names (المقاومة
        # الشعبية، القوات الموالية للحكومة)
        # (... but a body told killing the state's soldiers is at war with the state)
        unknown, other = (sa, sb) if _unknown(sa) else (sb, sa)
        fights_state = STATE_FORCES in other and not unknown.isdisjoint(enemies)
        if other.isdisjoint(enemies) and not fights_state:
            return None
        if _says(ta, "lasting_hold") == _says(tb, "lasting_hold"):
            return None
    if STATE_FORCES in sa | sb and (sb if STATE_FORCES in sa else sa).isdisjoint(enemies):
        return None  # the army and a side not known to fight the state may be allies
    if ARMED_MEN in sa | sb and STATE_FORCES not in sa | sb:
        return None  # armed men named by no group may be any side's, but not the state's
    # told in two reports of one story, sides are compared when one is at war with the state (other
    # sides may be allies under two names: الجيش الوطني، القوات الموالية للحكومة)
    at_war = rivals or not (sa | sb).isdisjoint(enemies)
    # one names its ground no further (مواقعه، القريتين): no name of a place of its own (الكويك / كادقلي)
    parts = _stems_of("town_parts", "full_hold")
    sparse = any(len(g) <= SPARSE_HOLDING and g <= parts for g in (ga, gb)) or not (ga and gb)
    one_place = sparse or _one_place(ta, ga, tb, gb)
    if not one_place or not _one_ground(a, b, lat, at_war, (ga, gb)):
        return None
    if (_says(ta, "retaking") and not _says(tb, "lasting_hold")) or (
        _says(tb, "retaking") and not _says(ta, "lasting_hold")
    ):
        return None  # one side took the town, the other took it back: it changed hands
    return Decision("contradict-holder", a, b, ", ".join(sorted(sa)), ", ".join(sorted(sb)))


CASUALTIES = "casualties"
"""The relation of claims of the dead and wounded (relations.yaml)."""
ARREST, ARRESTED = "arrest", quantities.ARRESTED
"""The relation of claims of arrests (relations.yaml), and the unit counting the arrested (numbers.yaml)."""
ATTACK = "attack"
"""The relation of claims of an attack (relations.yaml)."""
DISPLACED = "displaced"
"""The unit of numbers.yaml whose own words tell people fleeing (نازح، العدد after a count of them)."""
SOLDIERS, FIGHTERS = "soldiers", "fighters"
COMBATANTS = (FIGHTERS, SOLDIERS)
"""The units of numbers.yaml that count people under arms."""


@cache
def _combatant_words() -> frozenset[str]:
    return _unit_words(*COMBATANTS)


@cache
def _unit_words(*which: str) -> frozenset[str]:
    """The counted nouns of these units of numbers.yaml (جندي، عسكريين ...)."""
    return frozenset(norm(w) for u in quantities.lexicon().spec.units if u.unit in which for w in u.after)


@cache
def _dead_nouns() -> frozenset[str]:
    """The nouns of the dead (قتيل، قتلى ...: numbers.yaml's killed unit)."""
    units = quantities.lexicon().spec.units
    return frozenset(norm(w) for u in units if u.unit == quantities.KILLED for w in u.after)


KIND_WORDS = 3
"""How many words after أي may name which ones a denial of any one denies (أي من عناصر الحلف)."""


@lru_cache(maxsize=CACHE)
def _denied_kind(text: str) -> frozenset[str]:
    """What a denial of any one denies: the word right after أي (أي مدني، قصف أي منزل), past a noun of
    the dead (أي قتيل روسي: روسي); nothing for a denial of any event (أي غارة) or any dead (أي قتلى)."""
    if _harm_denied(text) or _says(text, "any_held"):
        return frozenset()  # الهجوم لم يوقع أي خسائر: the event's dead, of any kind; أي مشتبه به: anyone held
    toks = quantities.tokens(text)
    blanket = lattice().blanket
    events = {p[-1] for p in _phrases("any_event")}
    k = next((k for k, tok in enumerate(toks) if not blanket.isdisjoint(tok.forms)), None)
    after = toks[k + 1 : k + 1 + KIND_WORDS] if k is not None else []
    if not after or not events.isdisjoint(after[0].forms):
        return frozenset()
    if not _dead_nouns().isdisjoint(after[0].forms):
        after = after[1:]
    # its first word, past a word for a group's members (أي من عناصر الحلف: الحلف), not where (أي منزل
    # في القرية: the village the other may name too) nor when (أي مدني خلال المواجهات)
    g = propositions.grammar()
    kept = itertools.takewhile(lambda t: g.locatives.isdisjoint(t.forms), after)
    named = [
        (t, s)
        for t in kept
        if g.group_members.isdisjoint(t.forms) and (s := claimmatch.content_stems(t.text))
    ]
    if not named:
        return frozenset()
    # (أي شخص: anyone, of any kind; not أي شخص آخر غير المهاجم, anyone else)
    lex = quantities.lexicon()
    if not lex.generic.isdisjoint(named[0][0].forms) and all(lex.others.isdisjoint(t.forms) for t in after):
        return frozenset()
    # ... and its adjective of kind (أي حي سكني: سكني, which أحياء سكنية shares, whatever the plural)
    nisba = len(named) > 1 and norm(named[1][0].text).endswith(quantities.NISBA)
    return frozenset(named[0][1] + named[1][1] if nisba else named[0][1])


def _other_dead(told: Claim, denial: Claim) -> bool:
    """The denial is of one person's death (نفت الحركة مقتل الرجل), of the side's own dead where its
    own voice counts the dead (of the enemy), or of civilians' deaths where the other counts only the dead
    under arms (قتلنا العشرات من عناصر الدعم السريع against أن يكون أي
    مدني قد قتل)."""
    text = denial.record.claim.text
    if denial.prop.relation == CASUALTIES and not _counts(denial) and not _says(text, "toll_words"):
        return True
    counts = _counts(told)
    side = _speaker_side(denial) if denial.prop.relation == CASUALTIES and counts else frozenset()
    if side and not side.isdisjoint(_speaker_side(told)) and _own_dead(denial, lattice()):
        return True  # نفى سقوط أي قتيل في صفوف قواته / its side's toll of the cell it fought: the enemy's
    # ... or the bodies of any side one hospital received (المستشفى استقبل 9 جثث): not told to be its men
    received = _says(told.record.claim.text, "received") and all(q.of is None for q in counts)
    if denial.prop.relation == CASUALTIES and counts and received and _own_dead(denial, lattice()):
        return True
    # (سقوط أي قتيل against 31 wounded: no dead told)
    wounded = bool(counts) and all(q.unit == quantities.WOUNDED for q in counts)
    dead = not _dead_nouns().isdisjoint(f for t in quantities.tokens(text) for f in t.forms)
    if wounded and dead and not _wounded_only(denial):
        return True
    # سقوط أي قتيل روسي، قصف أي منزل: the dead of one people or kind, the targets of one kind (not the
    # ground of a claim of control, أي موقع: _one_ground weighs it)
    # (٤٠ منهم رحلوا قسرا: some of a group named before it, whichever kind the denial names)
    of_them = _says(told.record.claim.text, "of_them")
    # (أي علاقة للجماعة بالتفجير against the blame for it: a tie to the attack, no kind of thing; not
    # against a toll, بين القتلى ثلاثة من عناصرها، أي علاقة لها بمقتل الشاب)
    tie = _says(text, "any_link") and told.prop.relation != CASUALTIES
    kind = _denied_kind(text) if denial.prop.relation != GROUND and not (of_them or tie) else frozenset()
    told_words = set(claimmatch.content_stems(told.record.claim.text)) | _kinds_told(told.record.claim.text)
    # (أي من عناصرها وقع في الأسر / أسر 17 جنديا: the denier's own men under arms, in two words)
    own_men = _says(text, "captivity") and kind <= _combatant_words()
    if kind and not claimmatch.overlap_stems(set(kind), told_words) and not own_men:
        return True
    if not _says(text, "civilians"):
        return False
    armed = _combatant_words()
    return bool(counts) and all(q.of in COMBATANTS or not armed.isdisjoint(words(q.text)) for q in counts)


@lru_cache(maxsize=CACHE)
def _kinds_told(text: str) -> frozenset[str]:
    """The stems of the kinds the text names a thing of (مستشفى: منشأة طبية; lattice.yaml `kinds`)."""
    g, toks = propositions.grammar(), quantities.tokens(text)
    return frozenset(
        s
        for kind, members in zip(lattice().spec.kinds, _kind_members(), strict=True)
        if g.where(toks, members, inflected=True)
        for name in kind.names
        for s in claimmatch.content_stems(name)
    )


@cache
def _kind_members() -> list[list[propositions.Phrase]]:
    return [propositions.rule_phrases(k.members) for k in lattice().spec.kinds]


@cache
def _civilian_people() -> list[propositions.Phrase]:
    """القتلى مدنيون، الموقوفين «طلاب: each dead or arrested noun before each civilian kind (lattice.yaml)."""
    spec = lattice().spec
    nouns = [*spec.article_dead, *spec.held]
    return propositions.rule_phrases(f"{d} {k}" for d in nouns for k in spec.civilian_kinds)


DEAD, HELD = "dead", "held"
"""Whose identity a claim tells: an event's dead, or the people arrested (lattice.yaml `held`)."""
CIVILIANS, ARMED = "civilians", "armed"
"""Who they were: all of them civilians, or some of them under arms."""
DEAD_KINDS = frozenset({CIVILIANS, *COMBATANTS})
"""Kinds of the dead no one is of two of."""
STORY_KINDS = frozenset({CIVILIANS, SOLDIERS})
"""The kinds of dead whose counts two reports of a story dispute (not fighters: either side's)."""


def _who_were(c: Claim) -> tuple[str, str] | None:
    """(DEAD or HELD, who they were): CIVILIANS, all of them (القتلى «مدنيون»، لا علاقة لهم بأي جهة
    مسلحة، جميع الموقوفين ... لا صلة لهم بالتمرد), or ARMED, some of them (قتلت ستة «إرهابيين»، اثنين من
    القتلى ينتميان إلى ...، ثلاثة من الموقوفين مقاتلون); None when it says neither, or is a denial."""
    if c.record.claim.polarity == "negated":
        return None
    return _who_told(c.record.claim.text, _armed_count(c))


def _armed_count(c: Claim) -> bool:
    """The claim counts dead or arrested under arms (قتلت ستة «إرهابيين»، توقيف 18 «إرهابيا»: the counted
    noun), or counts men under arms where it names its dead as a whole (القتيلين «لم يكونا راعيين، بل
    عنصرين»)."""
    armed, kinds = _combatant_words(), quantities.lexicon().casualty_units | {ARRESTED}
    if any(q.unit in kinds and not armed.isdisjoint(words(q.text)) for q in _counts(c)):
        return True
    accused = _accused_words()
    if any(q.unit == ARRESTED and not accused.isdisjoint([*words(q.text), q.of]) for q in c.prop.quantities):
        return True  # اعتقل ثمانية «متعاونين» مع المهاجمين: held as the armed side's men
    text = c.record.claim.text
    return any(q.unit in COMBATANTS for q in c.prop.quantities) and _says(text, "article_dead")


@lru_cache(maxsize=CACHE)
def _who_told(text: str, armed_count: bool) -> tuple[str, str] | None:
    if not armed_count and not _who_pattern().search(norm(text)):
        return None  # most claims hold none of the words: no need to read them as tokens
    # (the arrested told by an arrest of armed men: توقيف 18 «إرهابيا» خلال عمليات تمشيط)
    arrest = armed_count and ARREST in _events(text) and CASUALTIES not in _events(text)
    # (or men under arms counted among the casualties: حيدت وحداتها ١٤ «إرهابيا»)
    dead = CASUALTIES in _events(text) or armed_count
    group = HELD if _says(text, "held") or arrest else DEAD if dead else None
    if group is None:
        return None
    toks = quantities.tokens(text)
    if _kind_after(toks, _phrases("article_dead"), _charged_words(), ARMED_REACH, opening=True):
        return group, ARMED  # القتلى «إرهابيون متنكرون في زي صيادين»: armed, whatever they passed for
    g = propositions.grammar()
    whole = [
        h
        for h in g.where(toks, _civilian_people())
        # القتلى المدنيين: the civilian dead, an adjective and a part; بين القتلى مدنيون: a part too
        if not norm(toks[h.end - 1].text).startswith("ال") and not (h.start and _part_word(toks[h.start - 1]))
    ]
    if (
        whole
        or _kind_after(toks, _told_nouns(), _civilian_kinds(), KIND_REACH)
        or _says(text, "all_civilians")
    ):
        return group, CIVILIANS
    told = [h.start for h in g.where(toks, _told_nouns())]
    # اثنين من القتلى ينتميان إلى ...، ثلاثة من الموقوفين مقاتلون: said of them (مقاتلين ينتمون إلى الحركة
    # قتلوا خمسة: of the killers)
    belonged = [h.start for h in g.where(toks, _phrases("among_dead_armed"), inflected=True)]
    charged = _charged_words()
    belonged += [k for k, t in enumerate(toks) if not charged.isdisjoint(t.forms)]
    if _says(text, "armed_dead") or any(d < b for d in told for b in belonged) or armed_count:
        return group, ARMED
    return None


KIND_REACH, ARMED_REACH = 6, 2
"""How many words after the dead or the arrested named as a whole a civilian kind may say who they all
were (المفرج عنهم من جانب القوات المشتركة مدنيون), and a word for fighters (القتلى الثلاثة «عناصر»): nearer,
as the killers are named after the dead as often (القتلى سقطوا برصاص مسلحين), and only of the dead the
claim opens on (not مخلفة وراءها عشرات القتلى وعتادا عسكريا, the dead counted among what was left)."""


def _kind_after(
    toks: list[quantities.Tok],
    nouns: list[propositions.Phrase],
    kinds: frozenset[str],
    reach: int,
    opening: bool = False,
) -> bool:
    """A word of `kinds` a few words after one of `nouns`, the dead or the arrested as a whole (with
    `opening`, only those the claim opens on): not after a word making either a part (بين المعتقلين، منهم
    مدنيون، بما فيهم المدنيون), nor an adjective (الضحايا المدنيين), nor denied (القتلى «ليسوا مقاتلين»)."""
    g = propositions.grammar()
    for h in g.where(toks, nouns):
        if (h.start and _part_word(toks[h.start - 1])) or (opening and h.start > 0):
            continue
        for k in range(h.end, min(h.end + reach, len(toks))):
            # (ليسوا سوى رعاة: nothing but, no denial)
            denied = quantities.Lexicon.ends_at(toks, k, g.short_neg) is not None
            if denied and toks[k].forms[0] not in propositions.EXCEPT:
                break
            if not kinds.isdisjoint(toks[k].forms):
                return not norm(toks[k].text).startswith("ال") and not _part_word(toks[k - 1])
    return False


@cache
def _accused_words() -> frozenset[str]:
    return normed(lattice().spec.held_accused)


@cache
def _charged_words() -> frozenset[str]:
    """Words for fighters, or for men counted by their charge (القتلى «مطلوبون للنيابة»، الموقوفين
    «متعاونون»): the armed side's men, not civilians."""
    return _combatant_words() | _accused_words()


@cache
def _civilian_kinds() -> frozenset[str]:
    return normed(lattice().spec.civilian_kinds)


def _part_word(tok: quantities.Tok) -> bool:
    """بين القتلى، معظم الضحايا: the word before makes the dead noun a part (lattice.yaml `part_words`)."""
    return not _part_words().isdisjoint(tok.forms)


@cache
def _part_words() -> frozenset[str]:
    return normed(lattice().spec.part_words)


@cache
def _told_nouns() -> list[propositions.Phrase]:
    """The dead and the arrested as a whole (القتلى، الموقوفين)."""
    spec = lattice().spec
    return propositions.rule_phrases([*spec.article_dead, *spec.held])


@cache
def _who_pattern() -> re.Pattern[str]:
    """The longest word of each phrase a claim that says who the dead or the arrested were may hold:
    every word of a phrase is in a text that holds it, so the rarest one tells most texts apart."""
    spec = lattice().spec
    lists = (spec.article_dead, spec.held, spec.civilians, spec.armed_dead, spec.all_civilians, spec.all_dead)
    phrases = propositions.rule_phrases(w for words in lists for w in words)
    longest = sorted({max(p, key=len).removeprefix("ال") for p in phrases}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, longest)))


def _denies_civilian_harm(c: Claim) -> bool:
    """A denial of any civilian harmed or targeted (نفت استهداف أي مدني، لم يصب أي مدني): by its cue, or
    by a negation before its word for civilians (not الأربعة «مدنيون، وليسوا جنودا»)."""
    if c.affirmed or not _says(c.record.claim.text, "civilians"):
        return False
    return c.record.claim.polarity == "negated" or _negated_civilians(c.record.claim.text)


@lru_cache(maxsize=CACHE)
def _negated_civilians(text: str) -> bool:
    toks = quantities.tokens(text)
    g = propositions.grammar()
    negations = g.where(toks, g.short_neg)
    return bool(negations) and _says(text[toks[min(h.end for h in negations) - 1].end :], "civilians")


def _denies_civilian_dead(c: Claim) -> bool:
    """A denial of any civilian dead (أن تكون الغارة قد أصابت أي مدني، نفى سقوط قتلى مدنيين); not a
    policy (الحركة «لا تستهدف المدنيين»), which denies no death."""
    text = c.record.claim.text
    # (فرار أي مدنيين من العمليات: their flight denied, not their death)
    return _denies_civilian_harm(c) and _says(text, "toll_words") and not _says(text, "displacement")


@lru_cache(maxsize=CACHE)
def _no_civilian_dead(text: str) -> bool:
    """A claim, not a denial, that all the dead were under arms (جميع القتلى من الجنود، القتلى «مسلحون») or
    that no civilian fell (لم يسقط أي مدني، أحدا من المدنيين لم يتعرض لأذى)."""
    if not _who_pattern().search(norm(text)):
        return False  # most claims hold none of the words (asked of every claim, when blocking)
    toks = quantities.tokens(text)
    if _says(text, "all_dead"):  # ... they were fighters, or wanted, or bore arms
        return any(not _charged_words().isdisjoint(t.forms) for t in toks) or _says(text, "bore_arms")
    if _kind_after(toks, _phrases("article_dead"), _charged_words(), ARMED_REACH, opening=True):
        return True  # القتلى الثلاثة «عناصر حوثية»: the dead as a whole
    if not _says(text, "no_civilian"):
        return False  # الضحايا «مدنيون، وليسوا مقاتلين»; لا يقل عن 62 مدنيا; لم يكن فيه أي سلاح
    g = propositions.grammar()
    return bool(g.where(toks, g.short_neg))


def _civilians_among(c: Claim) -> bool:
    """The claim tells civilians among an event's dead (القتلى «مدنيون»، 15 مدنيا، وسائقا مدنيا قتلوا)."""
    if _who_were(c) == (DEAD, CIVILIANS):
        return True
    if _no_civilian_dead(c.record.claim.text):
        return False  # (ولم تسفر عن مقتل أي مدني: civilians named as none of the dead)
    tells_dead = c.prop.relation == CASUALTIES or CASUALTIES in _events(c.record.claim.text)
    # (civilians wounded are none of the dead: ما أدى إلى إصابة أربعة مواطنين، أغلب الجرحى مدنيون)
    named = not _wounded_only(c) and (
        _says(c.record.claim.text, "civilians") or _says(c.record.claim.text, "civilian_trades")
    )
    return tells_dead and (
        any(q.of == CIVILIANS and q.unit != quantities.WOUNDED for q in c.prop.quantities)
        or named
        or (_children_among_dead(c) and not _spans(c))
    )


def _wounded_only(c: Claim) -> bool:
    """The claim names the wounded and not the dead (أغلب الجرحى مدنيون، امرأة وطفلا من بين الجرحى)."""
    forms = {f for t in quantities.tokens(c.record.claim.text) for f in t.forms}
    return not forms.isdisjoint(_unit_words(quantities.WOUNDED)) and forms.isdisjoint(_dead_nouns())


def _children_among_dead(c: Claim) -> bool:
    """Children or women named in a claim of the dead (حصيلة القتلى ارتفعت إلى 5، بينهم طفلان، فقتل زوجته
    وأطفاله); not where it counts or names the wounded alone (قدمت العلاج لـ47 جريحا بينهم أطفال، امرأة وطفلا
    من بين الجرحى)."""
    text = c.record.claim.text
    if not _says(text, "children_women"):
        return False
    units = {q.unit for q in _counts(c)}
    return units != {quantities.WOUNDED} and (bool(units) or not _wounded_only(c))


def _one_toll(a: Claim, b: Claim, lat: Lattice) -> bool:
    """Two claims of who an event's dead (or arrested) were tell one event: as same_event has it; in one
    report (or two of one story) where both name its dead or arrested as a whole, or where one names its
    event or its dead (القتلى «مزارعون») and both tell the headline's event (share a particular with it,
    as سنجار, or have too few to tell another); or two such claims in reports of one story. Figures are
    not compared on this: a report of several tolls names them alike."""
    if same_event(a, b, lat):
        return True
    one_article = a.record.article.id == b.record.article.id
    if _same_story(a, b) and all(_names_article_people(c) for c in (a, b)):
        return True  # جميع الموقوفين and ثلاثة من الموقوفين of one report (or of one story): the same people
    if _same_story(a, b) and _held_of_arrest(a, b):
        return True  # توقيف 18 «إرهابيا» and الموقوفين «رعاة»: the arrest's people, unless counted apart
    # (its dead as a whole, القتلى «شبان من أبناء البلدة»: of its report, whatever words tell who they were)
    if not all(_of_headline(c) or (one_article and _names_article_dead(c)) for c in (a, b)):
        return False
    if not one_article:
        return _one_story(a, b, lat)  # reports of a day whose headlines share a particular (سنجار)
    # (or two counts of its dead: تسعة من مواطنيها قتلوا، حيدت وحداتها ١٤ إرهابيا)
    return any(_names_article_event(c) or _names_article_people(c) for c in (a, b)) or all(
        _casualty_count(c) for c in (a, b)
    )


def _casualty_count(c: Claim) -> bool:
    """The claim counts dead or neutralized men, not only wounded ones."""
    units = quantities.lexicon().casualty_units - {quantities.WOUNDED}
    return any(q.unit in units for q in c.prop.quantities)


def _held_of_arrest(a: Claim, b: Claim) -> bool:
    """One claim tells an arrest and the other speaks of the people arrested as a whole (الموقوفين
    الـ34), counting them alike if both count them."""
    for arrest, held in ((a, b), (b, a)):
        if ARREST in _events(arrest.record.claim.text) and _says(held.record.claim.text, "held"):
            ca, ch = ({q.low for q in c.prop.quantities if q.unit == ARRESTED} for c in (arrest, held))
            return not (ca and ch) or not ca.isdisjoint(ch)
    return False


def _names_article_people(c: Claim) -> bool:
    """The claim speaks of its report's dead as a whole, or of the people its report says were arrested
    (جميع الموقوفين)."""
    return _names_article_dead(c) or _says(c.record.claim.text, "held")


def _names_article_dead(c: Claim) -> bool:
    """The claim speaks of its report's dead as a whole (القتلى «مزارعون») and tells no event of its own."""
    text = c.record.claim.text
    return _says(text, "article_dead") and _events(text) <= {CASUALTIES}


def _waters(c: Claim) -> str | None:
    """Which waters the claim tells: a state's or international, not both."""
    told = [w for w in ("territorial_waters", "international_waters") if _says(c.record.claim.text, w)]
    return told[0] if len(told) == 1 else None


def _whose_waters(a: Claim, b: Claim) -> Decision | None:
    """One report of a story at sea telling it inside a state's waters (داخل المياه الإقليمية، على بعد 12
    ميلا) and another in international waters (اعترضتها في المياه الدولية): one place excludes the other."""
    wa, wb = _waters(a), _waters(b)
    if wa is None or wb is None or wa == wb or not (a.affirmed and b.affirmed) or not _same_story(a, b):
        return None
    return Decision("contradict-exclusive", a, b, wa, wb)


FIRST_PERSON = "أنا"
"""A speaker telling of himself (أنا بخير): the subject is the speaker."""


def _subject_words(c: Claim, one_of: bool = False) -> frozenset[str]:
    """Who the claim is about when it opens on a definite name or title (المحافظ، القائد), or on أنا: the
    speaker; or, `one_of` a group, on any noun (مسعفا شابا قتل: one of the medics)."""
    toks = quantities.tokens(c.record.claim.text)
    if not toks:
        return frozenset()
    if toks[0].text == FIRST_PERSON:
        return frozenset(claimmatch.content_stems(c.record.speaker.resolved))
    # (definite by the article, or by the definite noun after it: حارس المقام)
    named = one_of or any(t.text.startswith(ARTICLE) for t in toks[:2])
    return frozenset([*toks[0].forms, *claimmatch.content_stems(toks[0].text)]) if named else frozenset()


FATES: tuple[tuple[Phrases, tuple[Phrases, ...], str], ...] = (
    ("survived", ("slain",), "killed"),
    ("unhurt", ("hurt", "slain"), "hurt"),
)
"""A fate and the fates it excludes: alive and killed; unhurt and wounded or killed."""


def _survived_or_slain(a: Claim, b: Claim) -> Decision | None:
    """One person said to have come out alive (المحافظ «نجا من الانفجار»، أنا بخير) or unhurt (حارس المقام
    «لم يصب بأذى») and, in its story, said to have been killed (المحافظ «قتل مع مرافقيه») or wounded
    (الحارس وصل مصابا): the claims open on the same name; or a group all said alive (المسعفون «جميعهم
    بخير») and one of them killed (مسعفا شابا قتل)."""
    for s, t in ((a, b), (b, a)):
        alive, dead = s.record.claim.text, t.record.claim.text
        if s.record.claim.polarity != "affirmed" or not t.affirmed or not _same_story(s, t):
            continue
        for fate, excluded, other in FATES:
            if not _says(alive, fate) or any(_says(alive, x) for x in excluded):
                continue
            if not any(_says(dead, x) for x in excluded):
                continue
            who = _subject_words(t, one_of=_says(alive, "none_through"))
            if claimmatch.any_match(_subject_words(s), who):
                return Decision("contradict-exclusive", s, t, fate, other)
    return None


def _identity(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """All the dead (or the arrested) were civilians against some were under arms, in one event."""
    wa, wb = _who_were(a), _who_were(b)
    if wa is None or wb is None or wa[0] != wb[0] or wa[1] == wb[1] or _several_events(a, b):
        return None
    if not _one_toll(a, b, lat) or _other_count(a, b) or _other_count(b, a):
        return None
    civ, arm = (a, b) if wa[1] == CIVILIANS else (b, a)
    return Decision("contradict-identity", civ, arm, CIVILIANS, ARMED)


def _other_count(told: Claim, other: Claim) -> bool:
    """`told` names some dead by their number with the article (القتيلين، القتلى الستة): the other's
    count of one group's dead, another number, is of other dead (عدد قتلى الجيش ارتفع إلى أربعة); a
    whole toll as large holds them (الحصيلة بلغت خمسة)."""
    killed = quantities.KILLED
    named = [q.low for q in _counts(told) if q.unit == killed and q.low and norm(q.text).startswith(ARTICLE)]
    counts = [(q.low, q.of) for q in _counts(other) if q.unit == killed and q.low is not None]
    if not named or not counts or any(of is None and low >= min(named) for low, of in counts):
        return False
    return not set(named) & {low for low, _ in counts}


ARMS_REACH = 4
"""How many words after a word of carrying its weapon may come (لم يحمل أي مشارك فيه سلاحا)."""
ARMS_CLASS_REACH = 3
"""How many words after the weapon tell its class (أسلحة متوسطة وقاذفات، بنادق شخصية)."""


ArmsClass = Literal["light only", "heavy"]


@lru_cache(maxsize=CACHE)
def _arms(text: str) -> tuple[bool, ArmsClass | None] | None:
    """Whether a claim says people bore arms (كانوا يحملون رشاشات، استخدموا رشاشات), True, or bore none (لم
    يحمل أي مشارك سلاحا، لم يكن بحوزتهم سلاح), False, with the class of arms it tells: light only (لا يحملون
    سوى أسلحة فردية) or heavy (استخدموا أسلحة متوسطة وقاذفات); None when it says neither."""
    g = propositions.grammar()
    toks = quantities.tokens(text)
    weapons = g.where(toks, _phrases("weapons"), inflected=True)
    for hit in g.where(toks, _phrases("carrying"), inflected=True):
        borne = next((w for w in weapons if hit.end <= w.start < hit.end + ARMS_REACH), None)
        if borne is None:
            continue
        kind = toks[borne.end : borne.end + ARMS_CLASS_REACH]
        if g.where(toks[hit.end : borne.start], _phrases("some_only")):
            # (لا يحملون سوى أسلحة فردية: some arms, light ones only)
            return True, "light only" if g.where(kind, _phrases("light_arms")) else None
        if g.where(toks[max(0, hit.start - 2) : hit.start], g.short_neg):
            return False, None
        return True, "heavy" if g.where(kind, _phrases("heavy_arms")) else None
    return None


def _bore_arms(c: Claim) -> bool | None:
    """`_arms` of the claim as its speaker tells it (نفى أن يكون بحوزتهما أي سلاح: none)."""
    told = _arms(c.record.claim.text)
    return None if told is None else told[0] if c.record.claim.polarity == "affirmed" else not told[0]


def _arms_class(c: Claim) -> ArmsClass | None:
    """The class of arms the claim says were borne, as its speaker tells it (affirmed)."""
    told = _arms(c.record.claim.text)
    return told[1] if told is not None and c.record.claim.polarity == "affirmed" else None


def _armed_or_not(a: Claim, b: Claim) -> Decision | None:
    """People of a story said to bear arms against the same said to bear none, by another speaker (a
    guess, قد يكونون مسلحين, settles nothing)."""
    wa, wb = _bore_arms(a), _bore_arms(b)
    if wa is None or wb is None or same_speaker(a.record, b.record) or not _same_story(a, b):
        return None
    if a.prop.modality != "asserted" or b.prop.modality != "asserted":
        return None
    if wa == wb:
        # (استخدموا «أسلحة متوسطة وقاذفات» / لم يحملوا «سوى بنادق شخصية»: heavy arms against light ones only)
        classes = {_arms_class(a), _arms_class(b)}
        return Decision("contradict-armed", a, b, "", "") if classes == {"heavy", "light only"} else None
    armed, unarmed = (a, b) if wa else (b, a)
    return Decision("contradict-armed", armed, unarmed, "", "")


ATTRIBUTE_REACH = 2
"""How many words before an attribute its subject may stand (طائرة شحن عسكرية: the plane)."""


@cache
def _opposite_forms() -> list[tuple[propositions.Phrase, str]]:
    """Each form of an attribute of `opposites`, labelled with its pair and its side ("3 1")."""
    return [
        (form, f"{n} {side}")
        for n, pair in enumerate(lattice().spec.opposites)
        for side, words in enumerate((pair.one, pair.other))
        for form in propositions.rule_phrases(words)
    ]


@lru_cache(maxsize=CACHE)
def _attributes(text: str) -> frozenset[tuple[str, int, int, bool]]:
    """(subject stem, pair, side, said) for each attribute of `opposites` the claim gives a thing
    (الطائرة مدنية، طائرة شحن عسكرية), its side turned where a negation stands right before it (ليست
    عسكرية). `said`: the attribute is the predicate, of a definite subject (الطائرة مدنية) or after a
    negation; an indefinite noun's (طائرة عسكرية) may be another thing of the same kind, and a definite
    one's (القاعدة العسكرية) names the thing, saying nothing of it."""
    g = propositions.grammar()
    toks = quantities.tokens(text)
    negators = {h.end for h in g.where(toks, g.short_neg)}
    generic = _generic_stems()  # (مقتل مدني: a civilian killed, no killing said civilian)
    out = set()
    for h in g.find(toks, _opposite_forms(), False):
        if any(f.startswith(ARTICLE) for f in toks[h.start].forms):
            continue
        pair, side = map(int, h.label.split())
        at, negated = h.start, h.start in negators
        if negated:  # (الطائرة ليست عسكرية: the subject before the negation)
            side, at = 1 - side, at - 1
        said = negated or (at > 0 and any(f.startswith(ARTICLE) for f in toks[at - 1].forms))
        for k in range(max(0, at - ATTRIBUTE_REACH), at):
            out |= {
                (stem, pair, side, said)
                for stem in claimmatch.content_stems(toks[k].text)
                if stem not in generic
            }
    # (أهداف عسكرية ومدنية: both, so neither)
    return frozenset(x for x in out if not any((x[0], x[1], 1 - x[2], y) in out for y in (True, False)))


def _opposite_attributes(a: Claim, b: Claim) -> Decision | None:
    """One thing of a story given one attribute and its opposite (الطائرة مدنية / طائرة شحن عسكرية), or
    one attribute said and denied (نفى أن تكون الطائرة عسكرية), by two speakers: at least one of the two
    says it of the thing, and a denial denies the attribute only where it is its predicate."""
    if same_speaker(a.record, b.record) or not _same_story(a, b):
        return None
    if a.prop.modality != "asserted" or b.prop.modality != "asserted":
        return None
    denied = {c.record.id for c in (a, b) if c.record.claim.polarity == "negated"}
    for stem, pair, side, said in _attributes(a.record.claim.text):
        for other, pair_b, side_b, said_b in _attributes(b.record.claim.text):
            if pair != pair_b or not (said or said_b) or not claimmatch.stems_match(stem, other):
                continue
            if (a.record.id in denied and not said) or (b.record.id in denied and not said_b):
                continue
            if (side != side_b) != (len(denied) == 1):
                return Decision("contradict-attribute", a, b, stem, "")
    return None


def _no_civilians(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """None of the dead were civilians (جميع القتلى مقاتلون، لم يسقط أي مدني) against civilians among
    them: said of all the dead of a story, it meets every toll of its report or its story's other
    reports, unless that toll says it tells another event."""
    # (across reports, two claims that each say what killed them are of one event only: جراء الغارة الجوية /
    # جراء انفجار عبوتين)
    apart = a.record.article.id != b.record.article.id
    both_killers = apart and all(_says(c.record.claim.text, "killers") for c in (a, b))
    for s, t in ((a, b), (b, a)):
        told = s.affirmed and t.affirmed and _no_civilian_dead(s.record.claim.text) and _civilians_among(t)
        if not told or _no_civilian_dead(t.record.claim.text):
            continue
        if same_event(s, t, lat) if both_killers else _of_story_dead(s, t, lat):
            return Decision("contradict-identity", t, s, CIVILIANS, ARMED)
    return None


def _own_dead_denied(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """A side's word that none of its own died (لم يسقط أي قتيل في صفوفنا، عاد مسلحوه سالمين) against
    another speaker's count of that side's dead in its story (relations.yaml, `own_pronouns`)."""
    for s, t in ((a, b), (b, a)):
        if t.affirmed or t.prop.relation != CASUALTIES or not s.affirmed or s.prop.modality != "asserted":
            continue
        side = _speaker_side(t)
        if not side or not _may_be(side).isdisjoint(_may_be(_speaker_side(s))) or not _own_dead(t, lat):
            continue
        text = s.record.claim.text
        if not any(q.unit == quantities.KILLED and (q.low or 0) >= 1 for q in _counts(s)):
            continue
        # (not the side a nisba gives the attack: ضربة روسية قتلت سبعة, its victims no Russians)
        first = _first_attack(toks := quantities.tokens(text))
        named = _agents(text) - (_attacker_after(text, toks, first) if first is not None else frozenset())
        theirs = not side.isdisjoint(named) or (
            not named and _says(text, "attackers") and not side.isdisjoint(s.prop.entities)
        )
        if theirs and _of_story_dead(t, s, lat):
            return Decision("contradict-denial", s, t, CASUALTIES, CASUALTIES)
    return None


def _own_dead(c: Claim, lat: Lattice) -> bool:
    """The claim speaks of the speaker's own men (صفوفنا، مسلحيه، قواتنا), or says them unharmed naming
    no one (عادوا إلى مواقعهم سالمين)."""
    toks = quantities.tokens(c.record.claim.text)
    if any(not lat.own_ranks.isdisjoint(t.forms) for t in toks):
        return True
    g = propositions.grammar()
    return (
        not c.prop.quantities and not _agents(c.record.claim.text) and bool(g.find(toks, g.unharmed, False))
    )


@cache
def _national_forms() -> dict[str, str]:
    """Each written form of a nationality (تشاديين، الروس، روسيا after a noun) with its stem."""
    skip = normed(lattice().spec.not_nationals)
    forms = {f: n for f, n in lexicon.load().nationalities.items() if n not in skip}
    return forms | {n + "ا": n for n in forms.values()}


NATIONAL_REACH = 3
"""How many words before a nationality its any or all may stand (أي من الشركاء الروس; not أي اتفاق مع الجانب
اللبناني, where any is the agreement's)."""


@lru_cache(maxsize=CACHE)
def _national_words(text: str) -> tuple[tuple[int, str], ...]:
    """(token, nationality) of each word of a nationality (asked of every claim: the few that hold a
    stem are read as tokens)."""
    if not _national_pattern().search(norm(text)):
        return ()
    forms = _national_forms()
    toks = quantities.tokens(text)
    return tuple(
        (k, forms[f]) for k, t in enumerate(toks) if (f := next((x for x in t.forms if x in forms), None))
    )


@cache
def _national_pattern() -> re.Pattern[str]:
    stems_ = sorted(set(_national_forms().values()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, stems_)))


@dataclass(frozen=True)
class Nationals:
    """What a claim says of the nationalities of a group: named among them (with a count right before,
    if any), denied of any of them, given to all of them, or to one alone."""

    named: dict[str, float | None]
    denied: frozenset[str]
    all_of: frozenset[str]
    one: frozenset[str]


def _nationals(c: Claim) -> Nationals | None:
    """The nationalities a claim tells of the held or the dead (its own group, or those it says "among
    them" of); None where it tells none."""
    text = c.record.claim.text
    if not _national_words(text):
        return None
    ends = tuple((q.text.split()[-1], q.low) for q in c.prop.quantities)
    return _nationals_told(text, c.affirmed, c.prop.restrictive, _group(c) is not None, ends)


@lru_cache(maxsize=CACHE)
def _nationals_told(
    text: str, affirmed: bool, restrictive: bool, grouped: bool, ends: tuple[tuple[str, float | None], ...]
) -> Nationals | None:
    """`_nationals` of one claim text and reading, cached: every pair of a block asks it again."""
    toks = quantities.tokens(text)
    lat, g = lattice(), propositions.grammar()
    if not grouped and not any(not lat.among.isdisjoint(t.forms) for t in toks):
        return None  # (كل الأراضي السورية، أي غير السوريين: no people held or dead)
    negated = not affirmed or bool(g.where(toks, g.short_neg))
    counts = dict(ends)
    named: dict[str, float | None] = {}
    denied, all_of, one = set(), set(), set()
    for k, n in _national_words(text):
        window = toks[max(0, k - NATIONAL_REACH) : k]
        before = {f for t in window for f in t.forms}
        if negated and not before.isdisjoint(lat.blanket):
            denied.add(n)  # لا يوجد بين الموقوفين أي تشادي
        elif any(
            not lat.all_of.isdisjoint(t.forms) and not lat.people_held_or_dead.isdisjoint(u.forms)
            for t, u in itertools.pairwise(window)
        ):
            all_of.add(n)  # جميع المحتجزين مواطنون ليبيون
        elif restrictive and toks[k].forms[0] in (n, ARTICLE + n):
            one.add(n)  # ليس بينهم سوى تشادي واحد
        elif not negated:
            named[n] = counts.get(toks[k - 1].text) if k else None  # بينهم أربعة مرتزقة تشاديين: four
    if not (named or denied or all_of or one):
        return None
    return Nationals(named, frozenset(denied), frozenset(all_of), frozenset(one))


def _group(c: Claim) -> str | None:
    """Whom a claim speaks of: the held (an arrest, الموقوفين) or the dead."""
    text = c.record.claim.text
    if c.prop.relation == ARREST or _says(text, "held"):
        return HELD
    if c.prop.relation == CASUALTIES or CASUALTIES in _events(text) or _says(text, "article_dead"):
        return DEAD
    return None


def _nationality(a: Claim, b: Claim) -> Decision | None:
    """A nationality named among the held or the dead against a claim of their story, by another speaker,
    that none of them was of it, that all were of another, or that one alone was (lattice.yaml)."""
    na, nb = _nationals(a), _nationals(b)
    if na is None or nb is None or not _same_story(a, b) or same_speaker(a.record, b.record):
        return None
    one_report = a.record.article.id == b.record.article.id
    ga, gb = _group(a), _group(b)
    for (s, ns, gs), (t, nt, gt) in (((a, na, ga), (b, nb, gb)), ((b, nb, gb), (a, na, ga))):
        # the other speaks of the same group, or of one its report names before (وجود أي مقاتل تشادي بينهم)
        if gt != gs and not (gt is None and one_report):
            continue
        for n, count in ns.named.items():
            if n in nt.denied or (nt.all_of and n not in nt.all_of) or (n in nt.one and (count or 0) > 1):
                return Decision("contradict-identity", s, t, n, n)
    return None


FOREIGN_LEAD = 6
"""How many words into a denial its foreigners stand (نفى الفصيل وجود «أي عنصر أجنبي» بين مقاتليه)."""
FOREIGN_REACH = 4
"""How many words after the men told their nationality stands (مسلحين من فصائل سودانية)."""


@lru_cache(maxsize=CACHE)
def _denies_foreigners(text: str, by_cue: bool) -> bool:
    """The claim denies foreigners: a word of them among its first words (وجود «أي عنصر أجنبي»), under a
    denying cue or a negation before it (لا يوجد بيننا أي مقاتل أجنبي; not المقاتلون الأجانب يثيرون القلق
    لكن أعدادهم غير معروفة)."""
    toks, lat, g = quantities.tokens(text), lattice(), propositions.grammar()
    first = next((k for k, t in enumerate(toks[:FOREIGN_LEAD]) if not lat.foreign.isdisjoint(t.forms)), None)
    return first is not None and (by_cue or bool(g.where(toks[:first], g.short_neg)))


@lru_cache(maxsize=CACHE)
def _foreigners_told(text: str) -> bool:
    """The claim names men as foreigners or of a nationality after them (مرتزقة أجانب، خبراء إيرانيين،
    مسلحين من فصائل سودانية، بينهم ثلاثة تشاديين), not as unproven talk."""
    if _says(text, "unproven"):
        return False
    toks, lat = quantities.tokens(text), lattice()
    men = [k for k, t in enumerate(toks) if not lat.foreign_men.isdisjoint(t.forms)]
    told = [k for k, t in enumerate(toks) if not lat.foreign.isdisjoint(t.forms)]
    told += [k for k, _ in _national_words(text)]
    return any(0 < k - m <= FOREIGN_REACH for k in told for m in men)


def _foreigners_denied(a: Claim, b: Claim) -> Decision | None:
    """A denial of any foreigner among the fighters of its story (نفى الفصيل وجود «أي عنصر أجنبي» بين
    مقاتليه، أي دور لقوات أجنبية) against another speaker's claim there that foreigners fought: by name
    (زجوا بمرتزقة أجانب) or by the nationality of the men told (استعان بمسلحين من فصائل سودانية)."""
    for s, t in ((a, b), (b, a)):
        told = s.record.claim.text
        if not _denies_foreigners(t.record.claim.text, t.record.claim.polarity == "negated"):
            continue
        if s.record.claim.polarity != "affirmed" or not s.affirmed or _negated_early(told):
            continue
        if _foreigners_told(told) and _same_story(s, t) and not same_speaker(s.record, t.record):
            return Decision("contradict-denial", s, t, "foreigners", "foreigners")
    return None


def _of_story_dead(s: Claim, t: Claim, lat: Lattice, by_whom: bool = False) -> bool:
    """`s`, said of who the dead were, is said of `t`'s: of its story's dead as a whole where it tells no
    event of its own (لم يسقط أي مدني خلال المداهمات), else of one toll (_one_toll). With `by_whom`, not
    as a whole where either says who killed them (a denial of their dead, not of the dead). Naming the
    event `t` tells is no event of its own (جميع قتلى الغارات مسلحون / الغارات قتلت تسعة مدنيين)."""
    whole = _events(s.record.claim.text) - {CASUALTIES} <= _events(t.record.claim.text)
    which = ("other_event", "killers") if by_whom else ("other_event",)
    apart = any(_says(c.record.claim.text, w) for c in (s, t) for w in which)
    return (whole and not apart and _same_story(s, t)) or _one_toll(s, t, lat)


def _target(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """One strike said to hit a place of civilians and said to hit fighters or their arms, by two
    sources of its report (the later naming it: الضربة استهدفت تجمعا للإرهابيين, _strikes) or of one
    event."""
    kinds = []
    for c in (a, b):
        text = c.record.claim.text
        if not c.affirmed or c.prop.modality != "asserted" or ATTACK not in _events(text):
            return None
        # (a strike said to have killed civilians hit civilians: قتلت 9 صيادين في السوق)
        civilian = _says(text, "civilian_targets") or _civilians_among(c)
        armed = _says(text, "armed_targets")
        kinds.append(CIVILIANS if civilian and not armed else ARMED if armed and not civilian else None)
    if None in kinds or kinds[0] == kinds[1] or same_speaker(a.record, b.record):
        return None
    one_report = a.record.article.id == b.record.article.id
    # (of one report: its one strike, or two claims telling its headline's event, one of them naming it:
    # الهجوم أودى بحياة 9 صيادين)
    named = any(_names_article_event(c) for c in (a, b))
    told = one_report and (a.strike == b.strike or (named and all(_tells_article_event(c) for c in (a, b))))
    if not (told or same_event(a, b, lat)):
        return None
    civ, arm = (a, b) if kinds[0] == CIVILIANS else (b, a)
    return Decision("contradict-target", civ, arm, CIVILIANS, ARMED)


def _named(c: Claim) -> frozenset[str]:
    """The actors a claim names, by name or by a head its article named in full (الحزب)."""
    return _agents(c.record.claim.text) | _with_links(c.prop.anaphors.values())


DENIAL_LEAD = 2
"""A denial of a part in the fighting leads its claim or clause: it starts within these first words
(نفى «أي علاقة له بالاشتباكات»، ولا علاقة للحزب بما يجري), not deep inside a report of something else."""
SUBJECT_LEAD = 4
"""How many words a side named before its own denial may take (قوات الحشد الشعبي «لم تشارك ...»)."""
FIGHT_REACH = 8
"""How many words after a word of taking part (مشاركة، علاقة) the fighting must be named (في معارك أوباري)."""
ANY_OF = frozenset({"اي", "من"})
"""The words of "any of" (أي من) before a side's members named."""
PARTY_REACH = 3
"""How many words after it name the side denied (لمقاتلين من الحزب); none named: the speaker's own."""


def _fights(toks: list[quantities.Tok]) -> list[int]:
    """Where the claim's words name the fighting (في معارك أوباري، في تطويق القسم)."""
    return [h.start for h in propositions.grammar().where(toks, _phrases("fighting"), inflected=True)]


def _fight_after(h: propositions.Hit, fights: list[int]) -> bool:
    """The fighting is named within FIGHT_REACH words after a word of taking part (مشاركة ... في المعارك)."""
    return any(h.end <= k < h.end + FIGHT_REACH for k in fights)


@lru_cache(maxsize=CACHE)
def _denied_part(text: str, negated: bool) -> tuple[bool, tuple[str, ...]]:
    """(denied, the actors named as the side) for a claim that denies a side took part in the fighting:
    with a denying cue (`negated`) or a negator right before it, a word of taking part or of a link
    followed by the fighting (مشاركة عناصرها في معارك أوباري، أي علاقة له بالاشتباكات), or of fighters'
    presence (لا وجود لمقاتلين من الحزب), leading the claim or one of its clauses."""
    toks = quantities.tokens(text)
    g = propositions.grammar()
    fights = _fights(toks)
    hits = [(h, False) for h in g.where(toks, _phrases("involvement"), inflected=True)]
    hits += [(h, True) for h in g.where(toks, _phrases("presence"), inflected=True)]
    table = entities.table()
    for h, presence in sorted(hits, key=lambda x: x[0].start):
        first = quantities.Lexicon.ends_at(toks, h.start, g.short_neg) if h.start else None
        lead = h.start if first is None else first
        clause = lead == 0 or bool(re.search(r"[،,؛]", text[toks[lead - 1].end : toks[lead].start]))
        # (قوات الحشد «لم تشارك في المعارك»: the side it denies, its subject, named before it)
        subject = (
            propositions._actors(table.agents(text[: toks[lead].start])) if 0 < lead <= SUBJECT_LEAD else []
        )
        if not (negated or first is not None) or not (lead < DENIAL_LEAD or clause or subject):
            continue
        if not presence and not _fight_after(h, fights):
            continue
        kind = text[toks[h.end].start : toks[h.end].end] if presence and h.end < len(toks) else ""
        if kind and (_says(kind, "presence_kinds") or _national_words(kind)):
            continue  # وجود مقاتلين أجانب في صفوفها: fighters of a kind, not the side's part
        # (مشاركة أي من وحدات الجيش: the side past the words for any of its members)
        k = h.end
        while k < len(toks) - 1 and not (ANY_OF | g.group_members).isdisjoint(toks[k].forms):
            k += 1
        after = text[toks[k - 1].end : toks[min(k + PARTY_REACH, len(toks)) - 1].end]
        if g.where(quantities.tokens(after)[:1], _phrases("own_link")):
            return True, ()  # أي علاقة له بـ...: the speaker's side, whoever it names after
        named = propositions._actors(table.agents(after)) or [h for h, _ in table.bare_heads(after)]
        return True, tuple(named or subject)
    return False, ()


@lru_cache(maxsize=CACHE)
def _takes_part(text: str) -> bool:
    """The claim says a side took part in the fighting, in so many words (مروحيات للتحالف شاركت في تطويق
    القسم): a verb of taking part, not negated, with the fighting named after it."""
    toks = quantities.tokens(text)
    g = propositions.grammar()
    fights = _fights(toks)
    return any(
        h.start > 0
        and quantities.Lexicon.ends_at(toks, h.start, g.short_neg) is None
        and _fight_after(h, fights)
        for h in g.where(toks, _phrases("taking_part"), inflected=True)
    )


def _denies_part(c: Claim) -> bool:
    return _denied_part(c.record.claim.text, c.record.claim.polarity == "negated")[0]


def _disowned(c: Claim) -> frozenset[str]:
    """The sides a claim says took no part in the fighting (_denied_part): the ones it names after the
    denial (لا وجود لمقاتلين من الحزب), else the speaker's own (نفت مشاركة عناصرها في المعارك)."""
    denied, named = _denied_part(c.record.claim.text, c.record.claim.polarity == "negated")
    if not denied:
        return frozenset()
    ids = entities.table().by_id
    known = {
        y for x in named if (y := c.prop.anaphors.get(x, x)) in ids or y.startswith(entities.UNKNOWN_PREFIX)
    }
    return _with_links(known) if known else _speaker_side(c)


def _involvement(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """A side's denial that it took part in the fighting against a report of the same story that gives it
    a part (its fighters attacked, held ground, fought beside another, were among the dead), told by
    another speaker, of its own side too (a field commander's part against the spokesman's denial)."""
    for s, t in ((a, b), (b, a)):
        # (an alliance in the act: قدموا بالتحالف مع X، بالقتال إلى جانب X; not العلاقة «تحالف عسكري»)
        part = (
            s.prop.relation in lat.spec.involved_in
            or (s.prop.relation == ALLIANCE and _says(s.record.claim.text, "allied_in_act"))
            or _takes_part(s.record.claim.text)
        )
        if not (s.affirmed and part and s.prop.modality == "asserted"):
            continue
        side, named = _disowned(t), _named(s) or _own_ranks_side(s, lat)
        told = (side and not side.isdisjoint(named)) or (not named and _soldiers_denied(s, t))
        if told and not same_speaker(s.record, t.record) and _same_story(s, t):
            return Decision("contradict-involvement", s, t, s.prop.relation or "", ", ".join(sorted(side)))
    return None


def _own_ranks_side(c: Claim, lat: Lattice) -> frozenset[str]:
    """The speaker's side, where the claim says its own men took part (أحد ألويتها شارك في صد الهجوم; not
    what they hold, قواتها سيطرت على المواقع, which a denial of some allies' part leaves)."""
    text = c.record.claim.text
    own = any(not lat.own_ranks.isdisjoint(t.forms) for t in quantities.tokens(text))
    return _speaker_side(c) if own and _takes_part(text) else frozenset()


SOLDIERS_LEAD = 4
"""How many words into a claim the soldiers it tells of stand (جنودا حكوميين بدخول الموقع)."""


def _soldiers_denied(told: Claim, denial: Claim) -> bool:
    """Soldiers named by no side (جنودا بالزي العسكري قاتلوا إلى جانبهم، رجال يرتدون زي الجيش) told
    where a speaker for the army (المتحدث باسم الجيش) denies any of its men took part."""
    lead = " ".join(told.record.claim.text.split()[:SOLDIERS_LEAD])
    army = _says(denial.record.speaker.resolved, "army_voice")
    return army and _says(lead, "soldiers") and _denies_part(denial)


def _left_held(a: Claim, b: Claim) -> Decision | None:
    """A side said to hold ground still, or in full, and said by another source to have withdrawn from
    it, in one story (lattice.yaml `withdrawing`)."""
    for s, t in ((a, b), (b, a)):
        held, left = s.record.claim.text, t.record.claim.text
        if s.prop.relation != GROUND or t.prop.relation != GROUND or _says(held, "lost_ground"):
            continue
        went = _split_at(left, "withdrawing")
        stay = _split_at(held, "still_there")
        # (a hold in full that was retaken, استعادت السيطرة الكاملة, follows a withdrawal)
        if went is None or (stay is None and (not _says(held, "full_hold") or _says(held, "retaking"))):
            continue
        if not _same_story(s, t) or same_speaker(s.record, t.record):
            continue
        leaver, whence = went
        if not leaver:  # انسحب مقاتلو العشائر نحو الغرب: the subject after the verb
            after = whence.split()
            leaver, whence = " ".join(after[:SUBJECT_WORDS]), " ".join(after[SUBJECT_WORDS:])
        # (the few words before each verb: not another side named earlier in the claim)
        leaver = _last_words(leaver)
        holder = _last_words(stay[0]) if stay else ""
        if not _one_side(holder, leaver) and not _left_by_holder(s, t, leaver):
            continue
        # whence it withdrew, where it says (من داخل بارا), is a place of the claim of holding
        if whence.lstrip('«"( ').startswith("من ") and not claimmatch.overlap_stems(
            set(_particulars(whence)), set(_particulars(held))
        ):
            continue
        return Decision("contradict-holder", s, t, GROUND, GROUND)
    return None


def _one_side(holder: str, leaver: str) -> bool:
    """The words naming who holds and who withdrew share a name past the words for members and forces,
    or both name the state's forces."""
    if all(_says(x, "state_forces") for x in (holder, leaver)):
        return True
    return claimmatch.overlap_stems(_side_words(holder), _side_words(leaver)) > 0


def _left_by_holder(s: Claim, t: Claim, leaver: str) -> bool:
    """The side that withdrew is the one the holding claim gives its ground to, where its words name it
    by a pronoun or not at all (مقاتليها «ما زالوا يتحصنون داخل المطار»، المعسكر «لا يزال تحت السيطرة
    الكاملة للجيش»)."""
    held = _holder(s)
    if held is None:
        return False
    side = _named_side(leaver, t)
    if not side and _says(leaver, "state_forces"):
        side = frozenset({STATE_FORCES})
    return (STATE_FORCES in side and _of_state(held[0])) or not _may_be(side).isdisjoint(_may_be(held[0]))


def _remaining(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """A side said to hold ground in full (بسطت سيطرتها الكاملة على الحي) against another side said by
    another source of its story to be there still (مسلحون ما زالوا يتحصنون في أزقته): a full hold leaves
    no part of the ground to another side, ally or not (lattice.yaml `full_hold`, `still_there`); the army
    named by its head alone may be the state's other forces."""
    for s, t in ((a, b), (b, a)):
        if not _says(s.record.claim.text, "full_hold") or not _says(t.record.claim.text, "still_there"):
            continue
        full, rest = _holder(s), _holder(t)
        if full is None or rest is None or not _may_be(full[0]).isdisjoint(_may_be(rest[0])):
            continue
        if (STATE_FORCES in full[0] and _of_state(rest[0])) or (
            STATE_FORCES in rest[0] and _of_state(full[0])
        ):
            continue  # the army, whichever state's, beside the state's forces
        if same_speaker(s.record, t.record) or not _one_ground(s, t, lat, grounds=(full[1], rest[1])):
            continue
        return Decision("contradict-holder", s, t, ", ".join(sorted(full[0])), ", ".join(sorted(rest[0])))
    return None


def _only_part(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """A side said to hold ground in full (نيرتتي تحت سيطرتنا الكاملة) against another source of its story
    saying the same side is only at a part of it (عربات الدعم السريع تتمركز عند المدخل الشرقي فقط)."""
    for s, t in ((a, b), (b, a)):
        if not _says(s.record.claim.text, "full_hold") or not t.prop.restrictive:
            continue
        full, part = _holder(s), _holder(t)
        if full is None or part is None or _may_be(full[0]).isdisjoint(_may_be(part[0])):
            continue
        parts = _stems_of("town_parts")
        if not part[1] or not part[1] <= parts or same_speaker(s.record, t.record) or not _same_story(s, t):
            continue
        return Decision("contradict-holder", s, t, ", ".join(sorted(full[0])), "a part of it only")
    return None


ARMED_WORDS = 5
"""How many words before ما زالوا may name the armed men there still (مسلحين من «ولاية موزمبيق»)."""


@lru_cache(maxsize=CACHE)
def _halted(text: str) -> bool:
    """The claim says something is shut or halted (المتاجر ما زالت مغلقة), not negated (لم يتوقف)."""
    toks, g = quantities.tokens(text), propositions.grammar()
    hits = g.where(toks, _phrases("halted"))
    return not _says(text, "running") and any(
        quantities.Lexicon.ends_at(toks, h.start, g.short_neg) is None for h in hits
    )


def _running_or_halted(a: Claim, b: Claim) -> Decision | None:
    """A place or a work said to run as usual against another speaker of its story saying it is shut or
    halted: the same thing named by both (المعبر «أعيد فتحه» / المعبر «مغلق منذ أسابيع»), or anything where
    life as a whole is said normal (الحياة في البلدة طبيعية / المتاجر ما زالت مغلقة)."""
    for s, t in ((a, b), (b, a)):
        ts, tt = s.record.claim.text, t.record.claim.text
        if not (_says(ts, "running") and _halted(tt)) or not (s.affirmed and t.affirmed):
            continue
        if not _same_story(s, t) or same_speaker(s.record, t.record):
            continue
        generic = _stems_of("running", "halted", "calm")
        shared = claimmatch.overlap_stems(set(_particulars(ts) - generic), set(_particulars(tt) - generic))
        if shared or _says(ts, "whole_life"):
            return Decision("contradict-running", s, t, "", "")
    return None


def _cleared(a: Claim, b: Claim) -> Decision | None:
    """Ground said to be secure or empty of armed men (البلدة «آمنة بالكامل»، التلال «خالية تماما من
    المسلحين») against armed men said by another source of its story to be there still (مسلحو «كوديكو» ما
    زالوا يتجولون على التلال): a place in common, or the secure one names none of its own (البلدة: the
    report's)."""
    for s, t in ((a, b), (b, a)):
        said, told = s.record.claim.text, t.record.claim.text
        sole = _split_at(said, "sole_force")
        secured, still = sole or _split_at(said, "secured"), _split_at(told, "still_there")
        if secured is None or not s.affirmed or not t.affirmed:
            continue
        if still is not None:
            # (the words of its clause right before: not a side named earlier in the claim)
            who = _last_words(still[0], ARMED_WORDS)
            armed = _says(who, "armed_men") or any(_is_group(x) for x in _agents(who))
        elif (
            sole
            and not t.prop.restrictive
            and (held := _holder(t)) is not None
            and held[0] <= {ARMED_MEN} | _groups(held[0])
        ):
            # قوات X «بسطت سيطرتها الكاملة» على المدينة: a group holding it, not the speaker's side
            who, armed = ", ".join(sorted(held[0])), _may_be(held[0]).isdisjoint(_may_be(_speaker_side(s)))
        else:
            continue
        if not armed or same_speaker(s.record, t.record) or not _same_story(s, t):
            continue
        place = _particulars(secured[0])
        if place - _stems_of("town_parts") and not claimmatch.overlap_stems(
            set(place), set(_particulars(told))
        ):
            continue
        return Decision("contradict-cleared", s, t, "", who.strip(' «"'))
    return None


def _still_held(a: Claim, b: Claim) -> Decision | None:
    """All the held said freed (العمال «أفرج عنهم جميعا») against some said by another source of its
    story to be held still (ثلاثة منهم «ما زالوا محتجزين لدى الخاطفين»)."""
    for s, t in ((a, b), (b, a)):
        freed, held = _all_freed(s.record.claim.text), _says(t.record.claim.text, "still_held")
        if (
            freed
            and held
            and s.affirmed
            and t.affirmed
            and _same_story(s, t)
            and not same_speaker(s.record, t.record)
        ):
            return Decision("contradict-still-held", s, t, "", "")
    return None


@lru_cache(maxsize=CACHE)
def _all_freed(text: str) -> bool:
    """All the held said freed: by a pronoun (أفرج عنهم جميعا: `all_freed`), by the one thing hijacked
    (حرروا الطائرة المخطوفة) or by name (الإفراج عن جميع المخطوفين: a release, or all said safe or home again,
    and all of `held`)."""
    toks, lat = quantities.tokens(text), lattice()
    if _says(text, "all_freed"):
        return True
    # (the word as written: المخطوفين are some of the held, not the one thing)
    if _says(text, "freeing") and propositions.grammar().where(toks, _phrases("hijacked_one")):
        return True
    every = any(
        not lat.all_of.isdisjoint(toks[k].forms) and not lat.held.isdisjoint(toks[k + 1].forms)
        for k in range(len(toks) - 1)
    )
    return every and (_says(text, "released") or _says(text, "freeing") or _says(text, "safe_home"))


@lru_cache(maxsize=CACHE)
def _release(text: str) -> bool:
    """The claim tells a release: in so many words (أفرج، أطلق سراح), or people freed, counted or named as the
    held (حررت أربعة عمال، تحرير جميع المخطوفين; not تحرير محضر): asked of every claim's block keys."""
    if _says(text, "released"):
        return True
    toks = quantities.tokens(text)
    freeing = propositions.grammar().where(toks, _phrases("freeing"), inflected=True)
    return any(quantities.figure_at(toks, h.end) for h in freeing) or (
        bool(freeing) and not lattice().held.isdisjoint(words(text))
    )


def _freed_how(a: Claim, b: Claim) -> Decision | None:
    """How the held were freed, told two ways in one story: by force (قوة أمنية «حررت أربعة عمال في عملية
    دهم») against a deal or a go-between (أطلقوا سراحهم «بعد أن دفعت العائلات المبلغ لوسيط»), or a deal told
    against a denial of any (نفى دفع أي فدية)."""
    for s, t in ((a, b), (b, a)):
        ts, tt = s.record.claim.text, t.record.claim.text
        if not (s.affirmed and _release(ts)) or not _same_story(s, t) or same_speaker(s.record, t.record):
            continue
        deal_s = _deal_told(ts)
        if t.affirmed and _release(tt) and _says(ts, "by_force") and not deal_s and _deal_told(tt):
            return Decision("contradict-freed-how", s, t, "", "")
        if not t.affirmed and deal_s and _says(tt, "by_deal") and not _release(tt):
            return Decision("contradict-denial", s, t, "", "")
    return None


DEAL_NEGATION = 3
"""How many words before a word of a deal a negation denies it (من دون دفع أي فدية)."""


@lru_cache(maxsize=CACHE)
def _deal_told(text: str) -> bool:
    """A deal or a go-between told (`by_deal`), not one said not made (حررتهم من دون دفع أي فدية)."""
    toks, g = quantities.tokens(text), propositions.grammar()
    return any(
        all(
            quantities.Lexicon.ends_at(toks, k, g.short_neg) is None
            for k in range(h.start - DEAL_NEGATION, h.start + 1)
        )
        for h in g.where(toks, _phrases("by_deal"), inflected=True)
    )


def _contested(a: Claim, b: Claim) -> Decision | None:
    """Ground said to be held by no side, still fought over (القريتان «لا تزالان ساحة كر وفر ولم يحسم أي
    طرف السيطرة عليهما»), against a side said by another source of its story to hold it (سيطرنا على
    القريتين، بقيتا تحت سيطرة قواتنا): a place in common, or the contested one names none of its own."""
    for s, t in ((a, b), (b, a)):
        said = s.record.claim.text
        if not _says(said, "contested") or (held := _holder(t)) is None or not t.affirmed:
            continue
        if same_speaker(s.record, t.record) or not _same_story(s, t):
            continue
        place = _particulars(said)
        if place - _stems_of("town_parts") and not claimmatch.overlap_stems(set(place), set(held[1])):
            continue
        return Decision("contradict-holder", t, s, ", ".join(sorted(held[0])), "no side")
    return None


def _slipped(a: Claim, b: Claim) -> Decision | None:
    """A side said to hold ground still (الجيش «ما زال يسيطر ... على بلدة الصافية») and said by another source
    of its story to have lost it (بلدة الصافية «خرجت عن سيطرة الجيش»): the side named right after the words
    of slipping, a place of the hold among the other's other words (lattice.yaml `slipped`)."""
    for s, t in ((a, b), (b, a)):
        if s.prop.relation != GROUND or not _says(s.record.claim.text, "lasting_hold"):
            continue
        split = _split_at(t.record.claim.text, "slipped")
        if split is None:
            continue
        place, whose = split
        before = quantities.tokens(place)
        if quantities.Lexicon.ends_at(before, len(before), propositions.grammar().short_neg) is not None:
            continue  # لم تخرج عن سيطرة الجيش: still held
        held = _holder(s)
        if held is None or not _same_story(s, t) or same_speaker(s.record, t.record):
            continue
        side = _named_side(" ".join(whose.split()[:SUBJECT_WORDS]), t)
        if _may_be(side).isdisjoint(_may_be(held[0])):
            continue
        if claimmatch.overlap_stems(set(_particulars(place)), set(held[1])):
            return Decision("contradict-holder", s, t, GROUND, GROUND)
    return None


SUBJECT_WORDS = 3
"""How many words before a verb of holding or withdrawing name who holds or withdrew (مقاتلي العشائر)."""


def _last_words(text: str, most: int = SUBJECT_WORDS) -> str:
    """The last words of the text's last clause (after its last comma)."""
    return " ".join(re.split("[،,]", text)[-1].split()[-most:])


@lru_cache(maxsize=CACHE)
def _split_at(text: str, which: Phrases) -> tuple[str, str] | None:
    """The text before and after the first of a lattice list's phrases, or None where it has none."""
    toks = quantities.tokens(text)
    hits = propositions.grammar().where(toks, _phrases(which), inflected=True)
    if not hits:
        return None
    h = min(hits, key=lambda h: h.start)
    return text[: toks[h.start].start].strip(), text[toks[h.end - 1].end :].strip()


def _side_words(text: str) -> set[str]:
    """The words of a side's name, past the words for members and forces (مقاتلو العشائر: العشائر)."""
    return set(claimmatch.content_stems(text)) - _force_stems()


@cache
def _force_stems() -> frozenset[str]:
    words = (*propositions.grammar().spec.group_members, *lattice().spec.force_words)
    return frozenset(s for w in words for s in claimmatch.content_stems(w))


def _holds_against(told: Claim, denier: Claim, lat: Lattice) -> Decision | None:
    """A side that denies losing the ground (the denier's side holds it) against a claim that another
    side holds it; a claim of its own side's hold, or of a loss, is left alone."""
    held, side = _holder(told), _speaker_side(denier)
    ta, tb = told.record.claim.text, denier.record.claim.text
    if held is not None and not side and held[0] and all(_is_state(x) for x in held[0]):
        return None  # a body the table does not know, denying a state's place fell, may be its own unit
    if held is not None and not side:
        # a body the entity table does not know (كتيبة المغاوير): only of a ground both name (المطار)
        side = _body(denier) if _one_place(ta, held[1], tb, _particulars(tb)) else side
    if held is not None and not side and _tells_fall(tb) and not _says(ta, "lasting_hold"):
        # a speaker of no known side denies the place fell (خبزة لم تسقط، أزيزو لم تسقط في أي لحظة) against
        # a side that says it took it: whoever the denier speaks for, not for the taker
        side = frozenset({BODY + denier.record.speaker.resolved})
    if held is None or not side or not _may_be(held[0]).isdisjoint(side):
        return None
    if not _one_ground(told, denier, lat):
        return None
    return Decision("contradict-holder", told, denier, ", ".join(sorted(held[0])), ", ".join(sorted(side)))


@lru_cache(maxsize=CACHE)
def _attackers(text: str) -> frozenset[str]:
    """Who a claim of an attack says carried it out: the actors it names in the few words before its
    first word of attack (خلية لـ«داعش» هاجمت، عناصر مرتبطة بحزب العمال بتنفيذ الهجوم; not one said to
    suffer it, القاعدة تعرضت لهجوم), else a nationality right after it (الضربة أميركية); not an actor
    after it (قصف مواقع الجيش names the target as often), nor in a claim of the attack's dead (قتل ثمانية
    من عناصر الحشد في ضربة: the victims)."""
    if _reading(text).relation != ATTACK:
        return frozenset()
    toks = quantities.tokens(text)
    first = _first_attack(toks)
    if first is None:
        return frozenset()
    lead = text[toks[max(0, first - SUBJECT_BEFORE)].start : toks[first].start] if first else ""
    if _says(lead, "suffered"):
        return frozenset()  # القاعدة تعرضت لهجومين: the target before its attack
    if before := _agents(lead):
        return before
    # (the attack the object of a verb of firing right after it, its agent after the verb: صاروخ أطلقه
    # الحوثيون، القذائف «أطلقتها المدفعية السعودية من وراء الحدود»)
    for h in propositions.grammar().where(toks, _phrases("fired_by")):
        if not first < h.start <= first + ATTACKER_AFTER or h.end >= len(toks):
            continue
        if by := _agents(text[toks[h.end].start : toks[min(h.end + FIRED_BY_REACH, len(toks)) - 1].end]):
            return by
    return _attacker_after(text, toks, first)


def _attacker_after(text: str, toks: list[quantities.Tok], first: int) -> frozenset[str]:
    """The side an indefinite nisba right after the word of attack names (قذائف هاون حوثية، ضربة
    روسية); an actor named after the attack otherwise is its target."""
    after = text[toks[first].start : toks[min(first + ATTACKER_AFTER, len(toks) - 1)].end]
    named = (m for m in entities.table().mentions(after) if not _nisba(after[m.start : m.end]))
    return _agents(after) - _with_links(propositions._actors(m.id for m in named))


def _nisba(word: str) -> bool:
    """One indefinite word of belonging (حوثية، أميركي): an adjective, not a noun phrase."""
    return " " not in word and not word.startswith(ARTICLE) and norm(word).endswith(quantities.NISBA)


def _first_attack(toks: list[quantities.Tok]) -> int | None:
    """The token where a claim's first word of attack stands (قصف، هاجمت، يستهدف), if any."""
    return _first_trigger(toks, ATTACK)


def _first_trigger(toks: list[quantities.Tok], relation: str) -> int | None:
    """The token where a claim's first trigger of this relation stands (relations.yaml), if any."""
    hit = _first_hit(toks, relation)
    return hit.start if hit else None


def _first_hit(toks: list[quantities.Tok], relation: str | None) -> propositions.Hit | None:
    """A claim's first trigger of this relation, with where it ends."""
    g = propositions.grammar()
    return min(
        (h for h in g.find(toks, g.triggers, True) if h.label == relation),
        key=lambda h: h.start,
        default=None,
    )


@lru_cache(maxsize=CACHE)
def _state_attacks(text: str) -> bool:
    """The state's forces stand before the claim's first word of attack, as its agent (الجيش بقصف أحياء
    سكنية، الجيش «لم يستهدف أي حي»; not قصف مواقع الجيش, the target)."""
    toks = quantities.tokens(text)
    first = _first_attack(toks)
    hits = propositions.grammar().where(toks, _phrases("state_forces"), inflected=True)
    return first is not None and any(h.start < first for h in hits)


ATTACKER_AFTER = 2
"""How many words after a word of attack a nationality names its attacker (الضربة «أميركية» بامتياز)."""
FIRED_BY_REACH = 4
"""How many words after a verb of firing its agent is named (أطلقتها بطاريات المدفعية السعودية)."""


def _attacker(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """Two sources giving their report's attack to two sides, neither of which the other may be (الضربة
    أميركية / سلاح الجو الإسرائيلي نفذ الضربة): each names its attacker, both known to the entity table."""
    # each names its report's attack (الضربة، الهجوم), not an attack of its own among a day's (شن 15 غارة
    # / يقصفون خور مكسر); لا يستبعد أن تكون إسرائيل وراء الضربة is a guess, no account of its own
    if not all(_names_article_event(c) and c.prop.modality == "asserted" for c in (a, b)):
        return None
    if ATTACK not in _events(a.record.claim.text) or ATTACK not in _events(b.record.claim.text):
        return None
    sa, sb = _attackers(a.record.claim.text), _attackers(b.record.claim.text)
    if not (_known(sa) and _known(sb)):
        return None
    # (each names its report's attack by one word, الضربة: in two reports of one story, the story's)
    ta, tb = a.record.claim.text, b.record.claim.text
    by_word = _same_story(a, b) and not _named_events(ta).isdisjoint(_named_events(tb))
    if not _may_be(sa).isdisjoint(_may_be(sb)) or not (by_word or same_event(a, b, lat)):
        return None
    if _may_be(sa) & _target_named(tb) or _may_be(sb) & _target_named(ta):
        return None  # هاجموا ثكنة للجيش التركي / الرد على الهجوم التركي: each side's attack on the other
    return Decision("contradict-attacker", a, b, ", ".join(sorted(sa)), ", ".join(sorted(sb)))


TARGET_WORDS = 4
"""How many words after a claim's first word of attack, in its clause, name what it hit (ثكنة للجيش
التركي)."""


def _target_named(text: str) -> frozenset[str]:
    """The sides an attack claim names as what it hit: right after its first word of attack, in its clause
    (مقاتلون هاجموا ثكنة للجيش التركي: Turkey)."""
    toks = quantities.tokens(text)
    first = _first_attack(toks)
    if first is None or first + 1 >= len(toks):
        return frozenset()
    end = toks[min(first + TARGET_WORDS, len(toks) - 1)].end
    return _agents(re.split(r"[،,.؛]", text[toks[first].end : end], maxsplit=1)[0])


@lru_cache(maxsize=CACHE)
def _named_events(text: str) -> frozenset[str]:
    """The words a claim names its report's event by (الضربة، الهجوم: lattice.yaml `article_event`)."""
    toks = quantities.tokens(text)
    hits = propositions.grammar().where(toks, _phrases("article_event"))
    return frozenset(" ".join(norm(t.text) for t in toks[h.start : h.end]) for h in hits)


def _accident(a: Claim, b: Claim) -> Decision | None:
    """An event said to be an accident (الانفجار «عرضي»، نتج عن سوء تخزين، ماس كهربائي) against a report
    of its story that gives it an attacker (مسيرات أميركية قصفت مقراتنا، إسرائيل هي من نفذت الضربة)."""
    for s, t in ((a, b), (b, a)):
        said, told = s.record.claim.text, t.record.claim.text
        accident = _split_at(said, "accidental")
        # (ما جرى «عطل فني»: the event told; مرجعة الحادث إلى «عطل فني»: named by its report's word, which
        # names no event of another report)
        one_report = s.record.article.id == t.record.article.id
        of_event = _events(said) or _says(said, "what_happened") or (one_report and _names_article_event(s))
        if accident is None or not of_event or _says(told, "accidental"):
            continue
        # (not an accident denied, لم يكن الانفجار عرضيا; حريق سببه ماس كهربائي لا تفجير denies the attack)
        if s.record.claim.polarity == "negated" or _negated_early(accident[0], reach=None):
            continue
        if _first_attack(quantities.tokens(accident[0])) is not None:
            continue  # الطائرة كانت تنفذ غارة لكن عطلا طرأ عليها: an attack first, then its means' accident
        attackers = _attackers(told)
        if not (_known(attackers) or _deliberate(told)) or not t.affirmed:
            continue
        if not _tells_article_event(t):
            continue  # another attack the report tells besides
        if _same_story(s, t) and not same_speaker(s.record, t.record):
            return Decision("contradict-accident", t, s, ", ".join(sorted(attackers)), ATTACK)
    return None


@lru_cache(maxsize=CACHE)
def _deliberate(text: str) -> bool:
    """The claim tells an attack, by whoever (مجهولون فجروا الضريح، عبوات ناسفة استهدفت المقر), not only the
    damage an accident may do as well (الأضرار اقتصرت على القبة، احترق المخزن)."""
    reading = _reading(text)
    if reading.relation != ATTACK or reading.negated:
        return False
    toks = quantities.tokens(text)
    first = _first_attack(toks)
    damage = propositions.grammar().where(toks, _phrases("damage"), inflected=True)
    return first is not None and not any(h.start == first for h in damage)


@lru_cache(maxsize=CACHE)
def _tells_fall(text: str) -> bool:
    """The claim tells a place's fall (سقطت، لم تسقط), not a side's withdrawal from it."""
    g = propositions.grammar()
    return bool(g.find(quantities.tokens(text), g.falls, False))


def _echo(a: Claim, b: Claim) -> Decision | None:
    """One speaker's statement in two articles: of one relation, or one part of the other retold (a
    quotation cut short: الضربة أميركية، ولا يوجد أي اتفاق ... / لا يوجد أي اتفاق ...)."""
    pa, pb = a.prop, b.prop
    if a.record.article.id == b.record.article.id:
        return None
    ta, tb = a.record.claim.text, b.record.claim.text
    if not (
        same_speaker(a.record, b.record)
        # an unnamed source described alike, saying the same in other words: one statement retold
        or (_described_alike(a.record, b.record) and _shared(ta, tb, 0.6, 0.6))
    ):
        return None
    # one relation, one polarity: one statement; else the words of one retold inside the other, unless
    # the two read as the same relation affirmed and denied (the polarities of two relations read from
    # two parts of one quotation say nothing of each other)
    same_relation = pa.relation == pb.relation
    # (two denials of one speaker deny one thing told of him: أن تكون قواته نفذت أي عملية)
    one_event = not (a.event or b.event) or not (a.affirmed or b.affirmed) or _told_again(a, b)
    if same_relation and pa.polarity == pb.polarity and pa.relation and one_event:
        return Decision("echo-same-speaker", a, b, pa.relation, pa.relation)
    if same_relation and pa.polarity == pb.polarity and _same_figures(a, b):
        # (a count of no relation told again: قرابة 250 أسرة فرت إلى القرى / قرابة ٢٥٠ أسرة فرت من البلدة)
        return Decision("echo-same-speaker", a, b, pa.relation or "", pb.relation or "")
    if (not same_relation or pa.polarity == pb.polarity) and _retold(ta, tb):
        return Decision("echo-same-speaker", a, b, pa.relation or "", pb.relation or "")
    return None


def _told_again(a: Claim, b: Claim) -> bool:
    """One speaker's two event claims tell one statement (an observatory's tolls of two days' strikes
    are two): of one event, with a figure in common (قتل ثمانية «مخربين»), or with every particular of
    one in the other (السيطرة الكاملة على مدينة النهود)."""
    if same_event(a, b, lattice()):
        return True
    if not _figure_set(a).isdisjoint(_figure_set(b)):
        return True
    pa, pb = _particulars(a.record.claim.text), _particulars(b.record.claim.text)
    return bool(pa and pb) and (pa <= pb or pb <= pa)


def decide(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """The rule that relates two claims of one block, or None when no rule has an opinion."""
    pa, pb = a.prop, b.prop
    one_voice = a.record.article.id == b.record.article.id and same_speaker(a.record, b.record)
    # (تستبعد المؤشرات أن يكون الكاتب قال إن «X»: X is told inside the other claim, not against it)
    if _nested(a, b):
        return None
    if (echoed := _echo(a, b)) is not None:
        return echoed
    if pa.modality in lat.spec.no_verdict_modalities or pb.modality in lat.spec.no_verdict_modalities:
        return Decision("compatible-modality", a, b, pa.relation or "", pb.relation or "")
    one_article = a.record.article.id == b.record.article.id
    # a relation between actors guessed from the article around a claim is too weak a link for a
    # verdict; events are told apart by time and particulars (places, means), and their figures and
    # denials compared on those
    ga, gb = grounding(a), grounding(b)
    firm = min(ga, gb) >= 2 or (one_article and min(ga, gb) == 1 and max(ga, gb) == 2)
    found: Decision | None = None
    agreed = (
        _reached_or_not(a, b, lat, one_voice)
        or _kept_or_not(a, b, lat, one_voice)
        or _only_other_matter(a, b, lat, one_voice)
    )
    if agreed is not None:
        found = agreed
    elif (
        not a.event
        and not b.event
        and pa.relation
        and pb.relation
        and _one_topic(a, b, lat, firm, min(ga, gb))
    ):
        lattice_says = _relational(a, b, lat)
        if lattice_says:
            d = lattice_says
            found = Decision(d.rule, d.a, d.b, d.x, d.y, _link(a, b))
    elif (retaken := _retaken_never_lost(a, b, lat)) is not None:
        found = retaken
    elif (hit := _hit_intercepted(a, b)) is not None:
        found = hit
    elif a.event and b.event and a.affirmed != b.affirmed:
        # a source denies what the other tells (نفى أن تكون قواته استهدفت السوق): a denial by its cue;
        # negation inside an event claim (لا علاقة لها بالتفجير، عدم الإجهاز على الجرحى) denies no event
        s, t = (a, b) if a.affirmed else (b, a)
        told = t.record.claim.text
        denial = t.record.claim.polarity == "negated" or _says(told, "any_event") or _says(told, "told_false")
        denial = denial or _no_one_hurt(t) or _harmless(t) or _none_such(told, t.prop.relation)
        denial = denial or _damage_denied(s, t)
        # (الشرطة «لم تعتقل أي مشتبه به»: any one of an event of any one, negated in the claim's first words)
        denial = denial or (
            t.prop.relation in lat.spec.blanket_events and _says(told, "blanket") and _negated_early(told)
        )
        denial = denial or (t.prop.relation in lat.spec.content_denials and _denies_holding(told))
        # (أن تكون الاعتقالات قد جرت على أساس عرقي: the arrests' ground denied, not the arrests)
        events = _events(s.record.claim.text) | {s.prop.relation}  # (أسر ١٢ جنديا: told by its count)
        if any(q.unit in (quantities.KILLED, quantities.WOUNDED) for q in _counts(s)):
            events |= {CASUALTIES}  # (صدت الهجوم وخسرت ثلاثة جنود: its dead, whatever else it tells)
        # (نفى مشاركة قواته في الهجوم: a part in it denied, not the attack, left to _involvement)
        denied = denial and t.prop.relation in events and not _says(told, "grounds") and not _denies_part(t)
        lost = _says(told, "lost_ground") and not _says(s.record.claim.text, "lost_ground")
        if denied and t.prop.relation == GROUND and lost:
            # نفى الجيش سقوط البلدة / نفت الحركة انسحاب مقاتليها: denying a loss of ground is holding it,
            # against whoever says they hold it (a report of the loss itself is denied as told, below)
            found = _holds_against(s, t, lat)
        elif (
            denied
            and _same_agent(s, t, lat)
            and _denies_told(s, t, lat)
            and not _other_dead(s, t)
            and not _one_taken_denied(s, t)
        ):
            found = Decision("contradict-denial", s, t, t.prop.relation or "", t.prop.relation or "")
        elif _civilians_among(s) and _denies_civilian_dead(t) and _of_story_dead(t, s, lat, by_whom=True):
            # أن تكون الغارة قد أصابت أي مدني against the farmers, or the civilian driver, it killed
            found = Decision("contradict-denial", s, t, CIVILIANS, CIVILIANS)
    elif a.event and b.event and a.affirmed and b.affirmed and not one_voice:
        found = (
            _holders(a, b, lat)
            or _remaining(a, b, lat)
            or _only_part(a, b, lat)
            or _left_held(a, b)
            or _slipped(a, b)
            or _attacker(a, b, lat)
        )
    if found is None and not one_voice:
        found = (
            _identity(a, b, lat)
            or _survived_or_slain(a, b)
            or _whose_waters(a, b)
            or _armed_or_not(a, b)
            or _opposite_attributes(a, b)
            or _no_civilians(a, b, lat)
            or _own_dead_denied(a, b, lat)
            or _nationality(a, b)
            or _foreigners_denied(a, b)
            or _involvement(a, b, lat)
            or _target(a, b, lat)
            or _thing_denied(a, b)
            or _said_and_denied(a, b)
            or _story_arrests(a, b)
            or _displacement_denied(a, b)
            or _damage_or_none(a, b)
            or _who_fired_first(a, b)
            or _accident(a, b)
            or _cleared(a, b)
            or _running_or_halted(a, b)
            or _still_held(a, b)
            or _freed_how(a, b)
            or _contested(a, b)
            or _verb_denied(a, b)
            or _story_measures(a, b)
            or _means_denied(a, b)
        )
    # casualty figures tell their event by time and particulars; counts of other people (passengers,
    # members, arrests of daily security bulletins) are compared only within one report
    figures = _figures(a, b, lat, casualties_only=not one_article)
    if figures and (found is None or found.rule.startswith(("agree", "compatible"))):
        found = figures
    if found and one_voice:  # one speaker's two statements in one report: read as one account
        return Decision("compatible-same-speaker", a, b, found.x, found.y)
    return found


@lru_cache(maxsize=CACHE)
def _none_such(text: str, relation: str | None) -> bool:
    """A negation of being right before the event's noun (لا حظر للتجوال، لا يوجد أي اعتقال): there was
    none. The noun stands before a preposition or ends the claim; a verb has its object (لا تستهدف
    المدنيين: a habit denied, not one event), and a negation elsewhere denies no event (لا علاقة لها
    بالتفجير)."""
    g = propositions.grammar()
    toks = quantities.tokens(text)
    hit = _first_hit(toks, relation)
    if hit is None or not any(h.end == hit.start for h in g.where(toks[: hit.start], _phrases("none_such"))):
        return False
    return (
        hit.end == len(toks)
        or quantities.Lexicon.starts_at(toks, hit.end, _phrases("none_such_before")) is not None
    )


def _damage_denied(told: Claim, denial: Claim) -> bool:
    """A denial of any damage (المطار «لم يتعرض لأي أضرار») against a report of its story that something
    there was destroyed (دمرت طائرة شحن داخل المطار): a place or thing named by both."""
    if not _says(denial.record.claim.text, "no_damage") or not _says(told.record.claim.text, "damage"):
        return False
    return _same_story(told, denial) and particulars_overlap(told, denial)[0] > 0


def _first_at(text: str) -> propositions.Hit | None:
    """Where the claim says someone fired or attacked first (أطلقوا النار أولا، بادروا بإطلاق النار)."""
    hits = propositions.grammar().where(quantities.tokens(text), _phrases("fired_first"), inflected=True)
    return hits[0] if hits else None


def _who_fired_first(a: Claim, b: Claim) -> Decision | None:
    """A side said to have fired first (أبناء العشيرة «أطلقوا النار أولا») against its own denial of it, in
    the story (نفت العشيرة أن يكون أبناؤها قد بادروا بإطلاق النار): the denier's name, or the words before
    its verb, are among those the other claim gives as who fired."""
    for told, denial in ((a, b), (b, a)):
        tt, td = told.record.claim.text, denial.record.claim.text
        if not told.affirmed or (denial.affirmed and not _negated_early(td)) or _negated_early(tt):
            continue
        hit_t, hit_d = _first_at(tt), _first_at(td)
        if hit_t is None or hit_d is None or not _same_story(told, denial):
            continue
        if same_speaker(told.record, denial.record):
            continue  # (one speaker's two words of it: read as one account)
        toks_t, toks_d = quantities.tokens(tt), quantities.tokens(td)
        who = _particulars(tt[: toks_t[hit_t.start].start])
        denier = _particulars(td[: toks_d[hit_d.start].start]) | _particulars(denial.record.speaker.resolved)
        if who and claimmatch.overlap_stems(set(who), set(denier)) > 0:
            return Decision("contradict-denial", told, denial, "fired first", "fired first")
    return None


def _damage_or_none(a: Claim, b: Claim) -> Decision | None:
    """Damage told (الرصاص ألحق أضرارا ببوابات الناظم) against a claim of its story that the same thing
    suffered none (الناظم «لم يتعرض لأي ضرر»), one that tells no event of its own (not أسقطت مسيرتين أخريين
    من دون أضرار: that event's harm)."""
    for told, denial in ((a, b), (b, a)):
        if denial.event or not told.affirmed or _says(told.record.claim.text, "no_damage"):
            continue
        if _damage_denied(told, denial):
            return Decision("contradict-denial", told, denial, "damage", "damage")
    return None


def _all_intercepted(c: Claim) -> bool:
    """The claim says the defences intercepted every drone or missile (اعترضت المسيرات كلها، «ولم تبلغ أي
    منها هدفها»): no strike hit."""
    text = c.record.claim.text
    return c.conflict and _says(text, "intercepted") and _says(text, "none_through")


def _missed(told: Claim, kept: Claim) -> bool:
    """The kept claim says the projectile missed (المقذوف «سقط في الماء على مسافة ميل» من سفينة) what the
    told one says it hit or damaged (صاروخين «أصابا السفينة»): a target both name; not a strike that only
    targeted it (الضربات جاءت ردا على استهداف السفينة)."""
    text = told.record.claim.text
    if not kept.conflict or not _says(kept.record.claim.text, "missed"):
        return False
    return (_says(text, "damage") or _says(text, "hit")) and particulars_overlap(told, kept)[0] > 0


def _hit_intercepted(a: Claim, b: Claim) -> Decision | None:
    """A strike said to hit (دمرت طائرتي شحن، قصفت مستودعات الوقود) against a report of its story, by
    another side, that every projectile was intercepted, or by another side or none, that it missed."""
    for told, kept in ((a, b), (b, a)):
        text = told.record.claim.text
        missed = _missed(told, kept)
        if not (missed or _all_intercepted(kept)) or _says(text, "intercepted") or _says(text, "no_damage"):
            continue
        if not (told.affirmed and told.prop.modality == "asserted"):
            continue  # (تتكرر الضربات خلال الأسابيع المقبلة، مرجحا: a strike to come)
        if not (_says(text, "damage") or (told.prop.relation == ATTACK and _says(text, "struck"))):
            continue
        # (a monitor of no side may say that it missed)
        told_by, kept_by = _voice_side(told), _voice_side(kept)
        other = told_by and told_by.isdisjoint(kept_by) and (missed or kept_by)
        if other and _same_story(told, kept):
            return Decision("contradict-denial", told, kept, ATTACK, ATTACK)
    return None


def _voice_side(c: Claim) -> frozenset[str]:
    """The speaker's side, or the state's where the table names none (الناطق باسم القوات المسلحة)."""
    side = _may_be(_speaker_side(c))
    return side or (frozenset({STATE_FORCES}) if _state_voice(c) else frozenset())


def _nested(a: Claim, b: Claim) -> bool:
    """One claim of a report holds the other's words in its own span (a statement retold inside another)."""
    if a.record.article.id != b.record.article.id:
        return False
    (s, e), (t, f) = ((c.record.claim.start, c.record.claim.end) for c in (a, b))
    return (s <= t and f <= e) or (t <= s and e <= f)


DENIAL_NAMES = 2
"""The fewest particulars (a place and a target: سوق حيس) of a denial that names its event precisely."""


def _denies_told(told: Claim, denial: Claim, lat: Lattice) -> bool:
    """The denial is of the event told: one event or ground; in the story the two reports tell, a
    denial whose every particular the other names (استهدفت سوق حيس / بقصف سوق المدينة في حيس بطائرة
    مسيرة), or a denial of any such event (لم تنفذ أي غارة) or of any one held (لم تعتقل أي مدني), or of
    a target suffering any (القاعدة لم تتعرض لأي هجوم: `_suffering_told`)."""
    if (suffered := _suffering_told(told, denial)) is not None:
        return suffered
    if _one_ground(told, denial, lat):
        return True
    text = denial.record.claim.text
    other = any(_says(c.record.claim.text, "other_event") for c in (told, denial))
    if not _same_story(told, denial) or other:
        return False
    if _tally_against(told.record.claim.text, text):
        return False
    named = _particulars(text)
    if (
        len(named) >= DENIAL_NAMES
        and claimmatch.overlap_stems(set(named), set(_particulars(told.record.claim.text))) == 1
    ):
        return True
    if _no_one_hurt(denial) or _harmless(denial):
        # (the dead its own report tells; for an event said to cause no losses, the dead of that event in
        # any report of the story: الهجوم لم يوقع أي خسائر / جثث ثلاثة جنود قتلوا في الهجوم على الحاجز)
        own = told.record.article.id == denial.record.article.id
        return own or (
            _harmless(denial) and not _reading(text).events.isdisjoint(_events(told.record.claim.text))
        )
    # الدعم السريع مسؤولية القصف / أن تكون قد استهدفت السوق أو الأحياء السكنية: the report's event, named
    # no further, of a report whose story holds what the denial names
    if (
        len(named) >= DENIAL_NAMES
        and _names_article_event(told)
        and not _particulars(told.record.claim.text)
        and len(named & told.story) >= DENIAL_NAMES
    ):
        return True
    blanket = _says(text, "any_event") or (
        denial.prop.relation in lat.spec.blanket_events and _says(text, "blanket")
    )
    if not blanket:
        return False
    # across a story, only of an agent both name: a known one, or the denier's own side named in full
    # in the report it denies (المتحدث باسم قوات الدعم الأمني / قوات الدعم الأمني اعتقلت 6)
    agents = _agents(text) or _speaker_side(denial)
    if agents:
        return _given_to(told, agents, denial)
    if denial.prop.relation == ARREST and all(_state_voice(c) for c in (told, denial)):
        # مدير أمن المدينة: «لم يتم توقيف أي شخص» / وزارة الداخلية: القبض على أربعة مهربين: the state's
        # arrests, which it denies; not a denial of any "yet" told before them
        da, dt_ = denial.record.article.published, told.record.article.published
        return da is None or dt_ is None or da >= dt_
    if all(_state_attacks(c.record.claim.text) for c in (told, denial)):
        return True  # الجيش «لم يستهدف أي حي سكني» / الجيش بقصف أحياء سكنية: the story's army, in both
    side = _particulars(denial.record.speaker.affiliation or "")
    return bool(side) and side <= _particulars(told.record.claim.text)


def _no_one_hurt(c: Claim) -> bool:
    """The claim says no one came to harm (لم يصب أحد بأذى، دون وقوع إصابات), naming nothing more: a denial
    of any dead or wounded, with no cue of denial (not of some people counted: ثلاثة مواطنين روس «بخير»)."""
    return (
        c.prop.relation == CASUALTIES
        and not c.affirmed
        and not c.prop.quantities
        and _no_one(c.record.claim.text)
    )


def _harmless(c: Claim) -> bool:
    """The claim says its event, named, caused no losses (الهجوم لم يوقع أي خسائر): a denial of its dead,
    with no cue of denial (not الحادث لم يسفر عن أي خسائر, which may be any event of a report of several)."""
    text = c.record.claim.text
    named = bool(_reading(text).events - {CASUALTIES})
    return c.prop.relation == CASUALTIES and not c.affirmed and named and _harm_denied(text)


@lru_cache(maxsize=CACHE)
def _harm_denied(text: str) -> bool:
    """The text says an event caused no losses of any kind (`harmless`): not of civilians alone (الضربة لم
    توقع أي إصابات في صفوف المدنيين), which the dead under arms do not dispute."""
    g = propositions.grammar()
    return bool(g.find(quantities.tokens(text), g.harmless, False)) and not _says(text, "civilians")


@lru_cache(maxsize=CACHE)
def _no_one(text: str) -> bool:
    """The text's words of harm are all "no one hurt" and toll words (not of people named: الطاقم بخير)."""
    if not _says(text, "toll_words"):
        return False
    g, toks = propositions.grammar(), quantities.tokens(text)
    hits = g.find(toks, g.unharmed, False)
    said = {s for h in hits for t in toks[h.start : h.end] for s in claimmatch.content_stems(t.text)}
    return bool(hits) and _particulars(text) <= said | _stems_of("toll_words")


def _other_way(denial: str, told: str) -> bool:
    """The denial is of a way of doing it (بلا، من دون: `without`) that the told claim does not tell."""
    return _says(denial, "without") and not _says(told, "without")


def _tally_against(told: str, denial: str) -> bool:
    """A tally of many events (أحرقوا ٢٥ منزلا في الضفة منذ مطلع أيار: lattice.yaml `tally`) against the
    denial of one (أي منزل في القرية): no denial of the tally."""
    return _says(told, "tally") and not _says(denial, "tally")


THING_LEAD = 4
"""How many words into a denial its any stands (الإفراج عن أي، أن تكون أي حوالات): the thing denied, not
a word deeper in it (لا يؤثر القرار ... بإغلاق أي منشأة)."""


THING_TOLD = 8
"""How many words into a claim it tells the thing another denies (الخلية المنفذة تتلقى تمويلا عبر حوالات)."""


@lru_cache(maxsize=CACHE)
def _denied_things(text: str, verbs: bool = True) -> frozenset[str]:
    """The stems of what a claim names as denied of any one (أي فدية: فدية; الإفراج عن أي من الموقوفين:
    الإفراج and الموقوفين; وجود أي مخزن للأسلحة: مخزن; أي حالة تسمم: تسمم): `any_thing` in lattice.yaml.
    Without `verbs`, not a finite verb before any (لم تسجل أي: what was denied recorded, not recording)."""
    lat = lattice()
    toks = quantities.tokens(text)
    named: list[str] = []
    for i, tok in enumerate(toks[: THING_LEAD + 1]):
        if norm(tok.text) not in lat.any_thing or tok.text.startswith("آ"):  # (آي: a name)
            continue
        k = i + 1 + (i + 1 < len(toks) and "من" in toks[i + 1].forms)
        if k < len(toks):
            named.append(toks[k].text)
            if k + 1 < len(toks) and not lat.any_kind.isdisjoint(toks[k].forms):
                named.append(toks[k + 1].text)
        back = i - 1
        while back >= 0 and norm(toks[back].text) in lat.thing_before:
            back -= 1
        if back >= 0 and (verbs or not verb_like(toks[back].text)):
            named.append(toks[back].text)
    return frozenset(s for w in named for s in claimmatch.content_stems(w) if s not in lat.not_things)


def _negated_early(text: str, reach: int | None = THING_TOLD) -> bool:
    """The claim's first words (`reach` of them; None: all) hold a negation (لا تهدئة قبل ...، التعديل
    الوزاري غير وارد): it tells nothing done."""
    g = propositions.grammar()
    return bool(g.where(quantities.tokens(text)[:reach], g.short_neg))


OPENING = 3
"""How many words open a claim, for a negation among them to make it a denial of its own."""
DENIED_SPAN = 3
"""How many content words apart, for each of them, the denied words may stand in the claim that holds them."""
DENIED_WORDS = (2, 5)
"""How many words of its own a denied statement has for `_said_and_denied` to look for them all: fewer
say too little to find, more are rarely all retold."""


def _denied_words(c: Claim) -> frozenset[str]:
    """The particular words of a statement its speaker denies (نفى أن يكون قد استأجر الطائرة: استأجر،
    الطائرة), where it tells no relation or event that other rules compare."""
    if (
        c.record.claim.polarity != "negated"
        or c.prop.relation
        or c.prop.modality != "asserted"
        or not c.conflict
    ):
        return frozenset()
    own = _particulars(c.record.claim.text)
    low, high = DENIED_WORDS
    return own if low <= len(own) <= high else frozenset()


def _said_and_denied(a: Claim, b: Claim) -> Decision | None:
    """A statement one speaker denies (نفى البرنامج أن يكون قد استأجر الطائرة) against a claim of its
    story by another that holds every word of it (الطائرة كانت مستأجرة لصالح البرنامج)."""
    if same_speaker(a.record, b.record) or not _same_story(a, b):
        return None
    for s, t in ((a, b), (b, a)):
        denied, told_text = _denied_words(t), s.record.claim.text
        if not denied or s.record.claim.polarity != "affirmed" or s.prop.modality != "asserted":
            continue
        # (a claim that retells the rumour or its denial, ما تم تداوله عن ...، نفت الوزارة ما تردد, or
        # opens on a negation, المشكلة ليست في ..., is none that holds it)
        if _says(told_text, "hearsay") or _negated_early(told_text, reach=OPENING):
            continue
        if _holds_together(told_text, denied):
            return Decision("contradict-denial", s, t, s.prop.relation or "", "")
    return None


def _holds_together(text: str, wanted: frozenset[str]) -> bool:
    """Every wanted word stands in the text, all within a few words of each other (`DENIED_SPAN` for
    each): a statement's words stand together, not scattered through a long claim."""
    stems = claimmatch.content_stems(text)
    at = [[k for k, s in enumerate(stems) if claimmatch.stems_match(w, s)] for w in wanted]
    if not all(at):
        return False
    return any(
        max(min(abs(k - start) for k in ks) for ks in at) < DENIED_SPAN * len(wanted) for start in at[0]
    )


VERB_SUBJECT_WORDS = 3
"""How many words before a negator may name what the denial is of (قواتها لم تطلق): its subject."""
VERB_WORDS = 4
"""How many words on either side of a verb may name its subject or object, in its clause."""
VERB_CLAIM_WORDS = 24
"""The longest claims whose verbs are compared: a longer one tells several things, and a verb in it need not
be what it says, nor what another claim denies."""
BEHIND_PREPOSITION = ("لل", "بال", "كال")
"""A word's opening letters when a preposition is glued to its article (للحزب، بالسلاح)."""
PERFECT = "قد"
"""The particle after which a verb is told done (يكون الضابط قد تلقى): what a cue of denial denies."""


@dataclass(frozen=True)
class VerbUse:
    """A verb (or a noun after لا) of a claim by its core (`arabic.verb_core`), with the content stems
    of the words before and after it in its clause."""

    core: str
    word: str
    before: frozenset[str]
    after: frozenset[str]
    subject: str  # the words before it, where the actors that did it are looked for
    rest: str  # the words after it in its clause

    @property
    def cores(self) -> frozenset[str]:
        """Its core, and a fifth-form past's core with its ت (`arabic.verb_cores`)."""
        return verb_cores(self.word)


@dataclass(frozen=True)
class Verbs:
    """What a claim's verbs say, read once per text (`_verbs`)."""

    denied: tuple[VerbUse, ...]
    told: tuple[VerbUse, ...]
    opening: VerbUse | None  # the verb after قد: what a cue of denial denies
    instead: frozenset[str]  # the stems after a contrast (بل ملثمون): who the denial says did it


def _stems_of_words(ws: list[str]) -> frozenset[str]:
    return frozenset(claimmatch.content_stems(" ".join(ws)))


def _use(core: str, w: str, subject: list[str], after: list[str], rest: list[str]) -> VerbUse:
    return VerbUse(
        core, w, _stems_of_words(subject), _stems_of_words(after), " ".join(subject), " ".join(rest)
    )


@cache
def _verb_lists() -> tuple[frozenset[str], ...]:
    """The lattice's word lists for `_verbs`, normalized once: negators, verbs not denied, "only", words a
    verb told after is no deed, contrasts, vague objects."""
    spec = lattice().spec
    lists = (
        spec.verb_negators,
        spec.not_denied_verbs,
        spec.denied_except,
        spec.told_not_after,
        spec.contrast,
    )
    return tuple(normed(x) for x in (*lists, spec.vague_objects))


@lru_cache(maxsize=CACHE)
def _verbs(text: str) -> Verbs:
    """The verbs a claim denies (لم نطلق) and the words it tells, clause by clause."""
    negators, skip, keep_some, not_after, contrast, vague = _verb_lists()
    noun = _noun_negator()
    denied: list[VerbUse] = []
    told: list[VerbUse] = []
    instead: set[str] = set()
    clauses = [words(clause) for clause in quantities.CLAUSE_MARKS.split(text)]
    for n, ws in enumerate(clauses):
        negated = {k + 1 for k, w in enumerate(ws) if stems(w)[-1] in negators and k + 1 < len(ws)}
        # (لا before a noun opening the claim: لا لجنة مشتركة; after a noun or a comma it sets one thing
        # against another: رعاة لا مسلحين، القتلى رعاة، لا مسلحون)
        negated -= {
            k for k in negated if stems(ws[k - 1])[-1] == noun and not verb_like(ws[k]) and (k, n) != (1, 0)
        }
        told_before = min(negated, default=len(ws))  # (nothing after a negator in its clause is told)
        if (at := next((k for k, w in enumerate(ws) if w in contrast), None)) is not None:
            instead |= _stems_of_words(ws[at + 1 :])
        for k, w in enumerate(ws):
            if len(core := verb_core(w)) < 3:
                continue
            after = [x for x in ws[k + 1 :] if x not in vague][:VERB_WORDS]
            if k in negated:
                if w not in skip and keep_some.isdisjoint(ws[k + 1 :]) and _own_word(w):
                    denied.append(
                        _use(core, w, ws[max(0, k - 1 - VERB_SUBJECT_WORDS) : k - 1], after, ws[k + 1 :])
                    )
            elif k < told_before and not_after.isdisjoint(ws[k - 1 : k]):
                told.append(_use(core, w, ws[max(0, k - VERB_WORDS) : k], after, ws[k + 1 :]))
    # (يكون الضابط قد تلقى أي تهديد: the verb after قد)
    first = clauses[0]
    k = next((k + 1 for k, w in enumerate(first[:-1]) if w == PERFECT), len(first))
    opening = None
    if k < len(first) and len(core := verb_core(first[k])) >= 3:
        subject = [w for w in first[:k] if w not in skip and w != PERFECT]
        after = [x for x in first[k + 1 :] if x not in vague][:VERB_WORDS]
        opening = _use(core, first[k], subject, after, first[k + 1 :])
    return Verbs(tuple(denied), tuple(told), opening, frozenset(instead))


def _own_word(w: str) -> bool:
    """A word that can be denied by itself: a content word, not one behind a preposition (ليس للحزب أي مقر
    في الحي: the party is not denied, what it has is)."""
    w = w[1:] if w[:1] == "و" and len(w) > 4 else w
    return bool(claimmatch.content_stems(w)) and not w.startswith(BEHIND_PREPOSITION)


def _denied_uses(c: Claim) -> tuple[VerbUse, ...]:
    """The verbs a claim denies: after a negator in its words (لم نطلق), or, denied by its cue and telling
    no relation of its own, the verb it tells done (نفى أن يكون الضابط قد تلقى أي تهديد)."""
    verbs = _verbs(c.record.claim.text)
    if c.record.claim.polarity == "affirmed":
        return verbs.denied
    return () if c.prop.relation or verbs.opening is None else (verbs.opening,)


def _verb_denied(a: Claim, b: Claim) -> Decision | None:
    """A verb one speaker of a fighting story denies (قواتنا لم تطلق رصاصة حية على المتظاهرين) and
    another tells done (عناصر من الأمن أطلقوا الرصاص الحي على المحتجين): one verb, a word of its subject
    or object in common near it, and no two actors named as who did it."""
    if not (_denied_uses(a) or _denied_uses(b)):
        return None  # (asked first: most pairs have no verb denied)
    if same_speaker(a.record, b.record) or not _same_story(a, b):
        return None
    for s, t in ((a, b), (b, a)):
        if (
            not t.conflict
            or s.record.claim.polarity != "affirmed"
            or any(c.prop.modality != "asserted" for c in (s, t))
        ):
            continue
        if any(len(c.record.claim.text.split()) > VERB_CLAIM_WORDS for c in (s, t)):
            continue
        if _says(s.record.claim.text, "hearsay"):
            continue  # (شكك الخبراء في رواية الجيش: the doubt retold, not the thing told)
        for d in _denied_uses(t):
            use = next((u for u in _verbs(s.record.claim.text).told if _tells_denied(u, s, d, t)), None)
            if use is not None:
                return Decision("contradict-denial", s, t, use.word, d.word)
    return None


def _tells_denied(use: VerbUse, teller: Claim, denied: VerbUse, denier: Claim) -> bool:
    """The verb told is the one denied: one core, a word of its subject or object near both (and the
    object where both have one), told as a verb where a verb is denied, of the same doer, over no span the
    denial is bound to, in the way the denial names (بلا، من دون) where it names one, not as a tally of many
    against the one denied, and not by the actor the denial names instead."""
    told_near = use.before | use.after
    anyone = _universal(denied)
    if use.cores.isdisjoint(denied.cores) or not (
        anyone or claimmatch.any_match(denied.before | denied.after, told_near)
    ):
        return False
    if denied.after and use.after and not anyone and not claimmatch.any_match(denied.after, told_near):
        return False  # لم تغلق الطريق إلى المستشفى / أغلقت المدارس: another object
    if verb_like(denied.word) and not verb_like(use.word):
        return False  # لن ترفع الحصار / رفع الحصار مطلب الأهالي: a verb denied, a noun told
    if _other_doer(denied, denier, use):
        return False
    text = teller.record.claim.text
    if _says(denied.rest, "time_bound") and not _says(text, "time_bound"):
        return False  # لم تعتقل المشتبه بهم في الليلة الأولى / اعتقلت ثلاثة مشتبه بهم
    if _other_way(denied.rest, text):
        return False  # لن يدخل أحد البلدة من دون إذننا / دخلتها قوة من الجيش: how, not whether
    if _tally_against(text, denier.record.claim.text) and not _says(denier.record.claim.text, "spans"):
        # (لم يغلقوا الجسر / أغلقوه مرتين منذ مطلع العام: a tally, not the one denied; but not قد تلقى أي
        # تهديد قبل اغتياله, a span of its own that holds the tally)
        return False
    instead = _verbs(denier.record.claim.text).instead
    # (بل ملثمون / ملثمون أحرقوها: the denial's own account)
    return not (instead and claimmatch.any_match(claimmatch.content_stems(text), instead))


def _universal(denied: VerbUse) -> bool:
    """A verb denied of any one at all, naming at most one other thing (أحدا لم يوقف، أيا منهم لم يعترف
    بشيء، نفى أن يكون ابنه قد هدد أحدا): the verb itself is what the other claim must tell. A denial of
    any one of a kind (لم يغادر أي موظف مسجل في الوزارة) keeps its words to share."""
    anyone = _universal_words()
    if len((denied.before | denied.after) - anyone) > 1:
        return False
    ws = denied.subject.split() + denied.rest.split()[:VERB_WORDS]
    return any(not anyone.isdisjoint(stems(w)) for w in ws)


@cache
def _universal_words() -> frozenset[str]:
    return normed(lattice().spec.universal)


def _other_doer(denied: VerbUse, denier: Claim, told: VerbUse) -> bool:
    """The verb told has another subject than the one denied: other actors (القوات الأميركية لم تنفذ أي
    ضربة / الطيران الإسرائيلي نفذ الضربة), or, where none is named, other words (الجسر لم يخرج عن سيطرة
    الجيش / القرية خرجت عن سيطرته). The denier's own men (قواتها لم تطلق) are its side."""
    own = not propositions.grammar().own_members.isdisjoint(denied.subject.split())
    doers, others = _speaker_side(denier) if own else _agents(denied.subject), _agents(told.subject)
    if doers and others:
        return _may_be(doers).isdisjoint(_may_be(others))
    before = denied.before - _universal_words()  # (أحدا لم يتصل: anyone is no other doer)
    return (
        not own
        and bool(before and told.before)
        and not claimmatch.any_match(before, told.before | told.after)
    )


@cache
def _means_phrases() -> list[tuple[str, list[propositions.Phrase]]]:
    return [(kind, propositions.rule_phrases(forms)) for kind, forms in lattice().spec.means.items()]


@lru_cache(maxsize=CACHE)
def _means_at(text: str) -> tuple[propositions.Hit, ...]:
    """The means of force a claim names, each hit labelled by its kind, a longer form winning over the
    shorter one inside it (الرصاص المطاطي: rubber bullets, not الرصاص), none inside a truce's name (وقف
    إطلاق النار tells no fire) or a word of who fired first (بادروا بإطلاق النار: a dispute of its own)."""
    toks, where = quantities.tokens(text), propositions.grammar().where
    hits = [
        propositions.Hit(h.start, h.end, kind)
        for kind, phrases in _means_phrases()
        for h in where(toks, phrases, inflected=True)
    ]
    outer = hits + where(toks, _phrases("truces")) + where(toks, _phrases("fired_first"), inflected=True)
    inside = [h for h in hits if any(o.start <= h.start and h.end <= o.end and o != h for o in outer)]
    return tuple(sorted(set(hits) - set(inside), key=lambda h: h.start))


USE_REACH = 3
"""Words between a negated verb of use and the means it takes (لم تستخدم قواتنا أبدا الرصاص الحي)."""


@dataclass(frozen=True, slots=True)
class MeansDenied:
    """What a claim says was not used (`kinds`, their hits starting at the tokens `at`), and what alone was,
    if it says none but one (لم تستخدم سوى الغاز المسيل للدموع: `only`); `instrument`: means denied only as
    what one death or wound came by (توفي بقنبلة غاز، لا بطلق ناري)."""

    kinds: frozenset[str]
    only: frozenset[str]
    at: frozenset[int]
    instrument: frozenset[str] = frozenset()


@lru_cache(maxsize=CACHE)
def _denied_means(text: str, negated: bool) -> MeansDenied:
    """The means a claim denies using: after a verb of use under a negator (or under its cue's denial),
    the first means within USE_REACH words and those joined to it by ولا or أو."""
    toks, g = quantities.tokens(text), propositions.grammar()
    hits = _means_at(text)
    except_words = normed(lattice().spec.denied_except)
    kinds: set[str] = set()
    only: set[str] = set()
    at: set[int] = set()
    for use in g.where(toks, _phrases("use_verbs"), inflected=True):
        if not negated and quantities.Lexicon.ends_at(toks, use.start, g.short_neg) is None:
            continue
        # (the means may open on the verb itself: لم نطلق النار، نفى إطلاق النار على المحتجين)
        after = [h for h in hits if use.start <= h.start <= use.end + USE_REACH]
        if not after:
            continue
        first = after[0]
        if any(f in except_words for t in toks[use.end : first.start] for f in t.forms):
            only.add(first.label)  # (لم تستخدم سوى الغاز: every other means denied)
            continue
        chain = [first]
        for h in hits:
            if (
                h.start > chain[-1].start
                and h.start - chain[-1].end == 1
                and _joins_denial(toks[chain[-1].end])
            ):
                chain.append(h)
        kinds.update(h.label for h in chain)
        at.update(h.start for h in chain)
    # one means of a death set against another (توفي بقنبلة غاز، لا بطلق ناري): the one after لا is denied
    noun = _noun_negator()
    contrasted = [h for h in hits if h.start > 0 and noun in toks[h.start - 1].forms and _by(toks, h)]
    at.update(h.start for h in contrasted)
    instrument = {h.label for h in contrasted}
    return MeansDenied(
        frozenset(kinds | instrument), frozenset(only), frozenset(at), frozenset(instrument - kinds)
    )


INSTRUMENT = "ب"
"""The clitic preposition of what a death or a wound came by (أصيب برصاصة)."""


def _by(toks: list[quantities.Tok], h: propositions.Hit) -> bool:
    """The means is written with the ب of the instrument (بطلق ناري، برصاص قناص)."""
    return toks[h.start].text.startswith(INSTRUMENT)


def _joins_denial(tok: quantities.Tok) -> bool:
    """ولا، أو: the next means is denied too (لم تستخدم الغاز المسيل للدموع ولا الرصاص)."""
    return not _means_joiners().isdisjoint(tok.forms)


@cache
def _noun_negator() -> str:
    return norm(lattice().spec.noun_negator)


@cache
def _means_joiners() -> frozenset[str]:
    return normed(lattice().spec.means_joiners)


def _told_means(text: str, denied: MeansDenied, by_only: frozenset[str] = frozenset()) -> frozenset[str]:
    """The means a claim tells used: those it names outside its denials, with no negator in the few words
    before (أحدا لم يسمع إطلاق الرصاص الحي tells none); of the kinds `by_only`, only as an instrument
    (أصيب بطلق ناري, not أطلقوا الرصاص)."""
    toks, g = quantities.tokens(text), propositions.grammar()
    negators = [n.start for n in g.where(toks, g.short_neg)]
    return frozenset(
        h.label
        for h in _means_at(text)
        if h.start not in denied.at
        and not any(h.start - USE_REACH - 1 <= n < h.start for n in negators)
        and (h.label not in by_only or _by(toks, h))
    )


def _means_denied(a: Claim, b: Claim) -> Decision | None:
    """A means of force one speaker of a story denies its side used (قواتنا «لم تستخدم الرصاص الحي»، لم
    تستخدم سوى الغاز المسيل للدموع) against another telling it used (قتلا برصاص حي أطلق من برج المراقبة): not
    a rumour retold, nor means the teller gives to another side than the denier's."""
    for s, t in ((a, b), (b, a)):
        denial = _denied_means(t.record.claim.text, t.record.claim.polarity == "negated")
        if not (denial.kinds or denial.only) or s.record.claim.polarity != "affirmed":
            continue
        told = _told_means(s.record.claim.text, _denied_means(s.record.claim.text, False), denial.instrument)
        hit = (told & denial.kinds) | (told - denial.only if denial.only else frozenset())
        if not hit or _says(s.record.claim.text, "hearsay"):
            continue
        if same_speaker(s.record, t.record) or not _same_story(s, t):
            continue
        denier = _speaker_side(t)
        users, side = _agents(s.record.claim.text), _agents(t.record.claim.text) or denier
        if users and side and users.isdisjoint(side):
            continue  # (مسلحون من الدعم السريع أطلقوا الرصاص: others' fire, not the denier's)
        if not _speaker_side(s).isdisjoint(denier):
            continue  # (an officer of the denier's own side: الرصاص أطلقه «مندسون», others' fire)
        kind = min(hit)
        return Decision("contradict-denial", s, t, kind, kind)
    return None


def _thing_denied(a: Claim, b: Claim) -> Decision | None:
    """نفى أي فدية / دفعوا فدية: `_denies_thing` either way round."""
    for s, t in ((a, b), (b, a)):
        if _denies_thing(s, t):
            return Decision("contradict-denial", s, t, s.prop.relation or "", t.prop.relation or "")
    return None


def _denies_thing(told: Claim, denial: Claim) -> bool:
    """A denial of any one thing, telling no relation of its own (نفى ذوو المحررين أي فدية), against a
    claim of its story by another speaker that tells that thing (دفعوا فدية قدرها 20 ألف دولار)."""
    if not _denies_any(denial):
        return False
    if not told.affirmed or told.record.claim.polarity != "affirmed" or told.prop.modality != "asserted":
        return False
    if not _same_story(told, denial) or same_speaker(told.record, denial.record):
        return False
    text = told.record.claim.text
    if _negated_early(text) or _denied_things(text) or _says(text, "blanket") or _says(text, "hearsay"):
        return False  # (لا تهدئة قبل الإفراج عن الصيادين، أي تهدئة مشروطة بالإفراج: no release told)
    if _tally_against(text, denial.record.claim.text):
        return False
    if _other_way(denial.record.claim.text, text):
        return False  # (أن يكون أي محضر قد كتب بلا شهود / كتب المحضر بحضور شاهدين: how it was done)
    if _denies_civilian_dead(denial) and _civilians_among(told):
        return True  # نفى سقوط أي مدني / 40 مدنيا قتلوا
    # what the claim tells first (ذويهم دفعوا فدية، السلطات أفرجت عن اثنين), not a word deep in it
    said = claimmatch.content_stems(" ".join(text.split()[:THING_TOLD]))
    denied = _denied_things(denial.record.claim.text, verbs=denial.record.claim.polarity == "negated")
    return any(claimmatch.stems_match(t, s) for t in denied for s in said)


def _denies_any(c: Claim) -> bool:
    """A denial of fact (نفى، أنكر: `thing_deniers`) of any one thing, or of any civilian dead, that tells
    no relation of its own, in a story of fighting (elsewhere any names too much: أي خروج لليونان); or a
    claim that opens on a verb of finding denied of any one thing (الرادارات لم ترصد أي طائرة)."""
    if c.prop.relation or not c.conflict:
        return False
    text = c.record.claim.text
    if c.record.claim.polarity != "negated":
        return _opens_on_any_denied(text) and bool(_denied_things(text, verbs=False))
    if c.record.cue.lemma not in lattice().spec.thing_deniers:
        return False
    return bool(_denied_things(text)) or _denies_civilian_dead(c)


ANY_DENIED_LEAD = 2
"""Words that may stand before the negator of a verb of finding denied of any one thing (لم ترصد أي طائرة)."""


@lru_cache(maxsize=CACHE)
def _opens_on_any_denied(text: str) -> bool:
    """The claim opens on a verb of finding or receiving denied of any one thing (لم تسجل أي حالة، لم ترصد
    أي طائرة، لم تتلق أي طلب: `any_unseen`), which denies the thing itself; not a deed denied (لم تغادر أي
    عائلة), which another's thing does not meet."""
    toks, g, lat = quantities.tokens(text), propositions.grammar(), lattice()
    return any(
        h.start <= ANY_DENIED_LEAD
        and h.end + 1 < len(toks)
        and not lat.any_unseen.isdisjoint(toks[h.end].forms)
        and not lat.any_thing.isdisjoint(toks[h.end + 1].forms)
        for h in g.where(toks[: ANY_DENIED_LEAD + 3], g.short_neg)
    )


KEEPING: tuple[Phrases, ...] = ("kept", "not_kept", "standing")
"""The lists of lattice.yaml that tell an agreement's keeping."""


def _reached_or_not(a: Claim, b: Claim, lat: Lattice, one_voice: bool) -> Decision | None:
    """An agreement one source says was reached and another says was not, in one story of a conflict
    (one report, or reports of a day whose headlines share a particular): one story is taken to
    negotiate one agreement, whatever matter each names. A denial published before the news of the
    agreement is its earlier state (لم يتم التوصل إلى اتفاق بعد on Monday, توصل الطرفان إلى اتفاق on
    Tuesday), unless the agreement is told as in force (الهدنة صامدة، دخلت حيز التنفيذ): made before."""
    if one_voice or not all(c.prop.relation == AGREEMENT or _mere_meeting(c) for c in (a, b)):
        return None
    denies = [not c.affirmed or _mere_meeting(c) or _says(c.record.claim.text, "not_reached") for c in (a, b)]
    if denies[0] == denies[1]:
        return None
    s, t = (b, a) if denies[0] else (a, b)
    told, denied = s.record.claim.text, t.record.claim.text
    if not (s.conflict and t.conflict) or any(c.prop.modality != "asserted" for c in (s, t)):
        return None
    # a headline that names an agreement announces it (اتفاق على انسحاب الفصيلين من الطريق), and one
    # said to hold was reached (الهدنة «صامدة منذ ليل الأحد»، «سارية ويلتزم بها الطرفان»), unless the other
    # denies a new one
    standing = _says(told, "standing") and not _says(denied, "new_agreement")
    keeping = _says(told, "not_kept") or (_says(told, "kept") and not standing)
    if keeping or any(_says(denied, w) for w in KEEPING) or _stalled(told) or _stalled(denied):
        return None  # لم ينفذ أيا من بنود الاتفاق: one made, its keeping told (_kept_or_not)
    in_force = standing or _says(told, "in_force")
    announced = in_force or _says(told, "reached") or s.record.claim.kind == "headline"
    if not announced or _says(told, "prospects") or _says(denied, "prospects"):
        return None
    if _says(denied, "broader") and not _says(told, "broader"):
        return None  # لا اتفاق شاملا / إتمام صفقة لتبادل الأسرى: a partial one
    if _says(denied, "signing") and _says(told, "understanding") and not _says(told, "signing"):
        # نفى توقيع أي اتفاق / أفضت الاتصالات إلى تفاهم: an understanding is not signed
        return Decision("compatible-lattice", s, t, "an understanding", "no agreement signed")
    came_with = _came_with(denied)
    if came_with and claimmatch.overlap_stems(set(_content_words(came_with)), set(_content_words(told))) > 0:
        return None  # أي تفاهم على التهدئة رافق عملية التبادل / إتمام صفقة لتبادل الأسرى: taken as done
    if not _one_story(s, t, lat):
        return None
    if s.record.article.id != t.record.article.id and not _same_matter(s, t):
        return None  # a story's reports may tell of more than one agreement (a truce here, a deal abroad)
    ds, dt_ = s.record.article.published, t.record.article.published
    if ds is not None and dt_ is not None and dt_ < ds and not in_force:
        return Decision("compatible-not-yet", s, t, AGREEMENT, AGREEMENT)
    return Decision("contradict-not-reached", s, t, AGREEMENT, AGREEMENT)


def _retaken_never_lost(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """Ground one source says was retaken (استعادت السيطرة على أزيزو) and another says was never lost
    (أزيزو لم تسقط في أي لحظة), in one story: a retaking says it was lost, whichever side holds it."""
    for s, t in ((a, b), (b, a)):
        told, kept = s.record.claim.text, t.record.claim.text
        if not (s.prop.relation == t.prop.relation == GROUND and s.affirmed and _says(told, "retaking")):
            continue
        if _says(kept, "never_lost") and not _says(told, "never_lost") and _one_ground(s, t, lat):
            return Decision("contradict-denial", s, t, GROUND, GROUND)
    return None


def _only_other_matter(a: Claim, b: Claim, lat: Lattice, one_voice: bool) -> Decision | None:
    """An agreement said to be only on one matter (جرى «تفاهمات شفهية على تبادل المحتجزين فقط») against an
    agreement on another told in its story (اتفاق على انسحاب الطرفين من الحي): the one rules the other out."""
    if one_voice or a.prop.relation != AGREEMENT or b.prop.relation != AGREEMENT:
        return None
    for s, t in ((a, b), (b, a)):
        if not (s.prop.restrictive and not t.prop.restrictive and s.affirmed and t.affirmed):
            continue
        matter, told = _matter(s.record.claim.text), t.record.claim.text
        told_made = any(_says(told, w) for w in ("reached", "in_force", "standing"))
        if matter is None or not (told_made or t.record.claim.kind == "headline"):
            continue  # (التصعيد يهدد التهدئة الهشة: no agreement told as made)
        words = _agreement_words()
        ms, mt = _content_words(matter) - words, _content_words(told) - words
        if min(len(ms), len(mt)) <= SPARSE_MATTER or claimmatch.overlap_stems(set(ms), set(mt)) > 0:
            continue
        if s.conflict and t.conflict and _one_story(s, t, lat):
            return Decision("contradict-merely", s, t, "an agreement on another matter", AGREEMENT)
    return None


MATTER_LEAD = 2
"""How many words after an agreement's noun its matter may open (تفاهمات شفهية على تبادل المحتجزين), or a
word saying it is stalled may come (الاتفاق لا يزال «مجمدا»)."""


def _after_agreement(text: str, which: Phrases) -> str | None:
    """The words after the first of a lattice list's phrases that follows an agreement's noun closely; None
    where none does."""
    toks = quantities.tokens(text)
    words = _agreement_words()
    for h in propositions.grammar().where(toks, _phrases(which), inflected=True):
        before = toks[max(0, h.start - MATTER_LEAD) : h.start]
        if any(not words.isdisjoint(claimmatch.content_stems(t.text)) for t in before):
            return text[toks[h.end - 1].end :]
    return None


def _matter(text: str) -> str | None:
    """What an agreement is said to be on: the words after على، بشأن ... that follow its noun closely
    (تفاهم على تبادل المحتجزين; not تقريره حول الاتفاق, a report on one)."""
    return _after_agreement(text, "matter_lead")


def _stalled(text: str) -> bool:
    """The agreement is said to be stalled, right after its noun (الاتفاق «مجمد»; not أموال كانت مجمدة)."""
    return _after_agreement(text, "stalled") is not None


def _mere_meeting(c: Claim) -> bool:
    """ "Merely a meeting" (لم يكن سوى لقاء للاستماع) or talks short of one still (المشاورات لا تزال في مرحلة
    تبادل المقترحات): no agreement reached, said in so many words."""
    # (the talks' words are a meeting's only so said: لم يكن مجرد لقاء, negated, is more than one)
    return c.prop.relation == MEETING and (c.affirmed or not c.prop.restrictive)


def _same_matter(a: Claim, b: Claim) -> bool:
    """Two claims of an agreement name an actor (انسحاب القوات الأميركية / الاتفاق مع واشنطن), a truce, or
    a word of its matter (غوندر، تبادل الأسرى) in common, the words of agreeing and reaching left out; or
    one names next to nothing of its own (لم يتم التوصل إلى اتفاق بعد): the story's agreement."""
    ta, tb = a.record.claim.text, b.record.claim.text
    if not _agents(ta).isdisjoint(_agents(tb)) or not set(a.prop.entities).isdisjoint(b.prop.entities):
        return True
    if _says(ta, "truces") and _says(tb, "truces"):
        return True  # الهدنة «صامدة» / لا هدنة قبل تسليم المطلوبين: one truce, whatever its terms
    words = _agreement_words()
    ma, mb = _content_words(ta) - words, _content_words(tb) - words
    return min(len(ma), len(mb)) <= SPARSE_MATTER or claimmatch.overlap_stems(set(ma), set(mb)) > 0


def _came_with(text: str) -> str:
    """What a claim says an agreement came with (`alongside`: أي تفاهم رافق عملية التبادل: the exchange),
    which it takes as done; empty when it says none."""
    alongside = _alongside_words()
    cut = next((m.end() for m in re.finditer(r"\S+", text) if norm(m.group()) in alongside), len(text))
    return text[cut:]


@cache
def _alongside_words() -> frozenset[str]:
    return frozenset(norm(w) for w in lattice().spec.alongside)


SPARSE_MATTER = 1
"""The most words of its own (لم يتم التوصل إلى اتفاق بعد: يتم) of an agreement claim that names no matter."""


@cache
def _agreement_words() -> frozenset[str]:
    triggers = [w for r in propositions.grammar().spec.relations if r.id == AGREEMENT for w in r.triggers]
    told = (*triggers, *lattice().spec.reached, *lattice().spec.in_force)
    return frozenset(s for w in told for s in claimmatch.content_stems(w))


def _kept_or_not(a: Claim, b: Claim, lat: Lattice, one_voice: bool) -> Decision | None:
    """An agreement one source says is being carried out and another says is not (يطبق بشكل تدريجي /
    بقي حبرا على ورق), in one story: both speak of it as made, and disagree on its keeping."""
    if a.prop.relation != AGREEMENT or b.prop.relation != AGREEMENT or one_voice:
        return None
    if any(c.prop.modality != "asserted" for c in (a, b)):
        return None
    # لم يطبق holds يطبق; a collapse (انهار) negates the agreement and says it is not kept; any other
    # negation (لم يتم التوصل إلى اتفاق) says none was made, neither kept nor broken
    broken = [_says(c.record.claim.text, "not_kept") or _stalled(c.record.claim.text) for c in (a, b)]
    kept = [
        c.affirmed
        and not n
        and (_says(c.record.claim.text, "kept") or _says(c.record.claim.text, "standing"))
        for n, c in zip(broken, (a, b), strict=True)
    ]
    if not ((kept[0] and broken[1]) or (kept[1] and broken[0])):
        return None
    if not _one_story(a, b, lat):
        return None
    s, t = (a, b) if kept[0] else (b, a)
    return Decision("contradict-not-kept", s, t, AGREEMENT, AGREEMENT)


def _one_story(a: Claim, b: Claim, lat: Lattice) -> bool:
    """Two reports of one story: of one thread (_threads), or with headlines that share a particular (a
    place, a name), published at most `story_days` apart where both dates are known."""
    if _same_story(a, b):
        return True
    da, db = a.record.article.published, b.record.article.published
    if da is not None and db is not None and abs((da - db).days) > lat.spec.story_days:
        return False
    ha, hb = _headline(a), _headline(b)
    return bool(ha and hb and claimmatch.overlap_stems(set(_particulars(ha)), set(_particulars(hb))))


def _undecided(a: Claim, b: Claim) -> Decision | None:
    """THE place where the stance judge is consulted: same block, and the lattice has no opinion."""
    from tracker import stance

    ta, tb = norm(a.record.claim.text), norm(b.record.claim.text)
    if ta in tb or tb in ta:
        return None  # one statement and its part, cut where two extractions put its cue (نفيا عن ...)
    judgement = stance.judge(a.record.claim.text, b.record.claim.text)
    if judgement is None:
        return None
    if judgement.detector == "numbers" and all(_counts(c) or _measures(c) for c in (a, b)):
        return None  # figures the lattice read and found incomparable (other people, another unit, thing)
    spec = lattice().spec
    if judgement.verdict == "agree" and any(
        c.event and c.prop.relation not in spec.told_alike for c in (a, b)
    ):
        return None  # like words about who holds ground (استعدنا القرية / نتمركز في القرية) are no agreement
    if judgement.verdict == "agree" and (a.affirmed != b.affirmed or _other_figures(a, b, amounts=True)):
        # a denial and what it denies, in like words (ينفي استهداف المستشفى / قصفت المستشفى); like words
        # with other figures of one unit (30 في المئة من الحركة / من 1 إلى 2 في المئة فقط)
        return None
    trusted = spec.stance_contradict_detectors
    if judgement.verdict == "contradict" and (
        not _may_be(_speaker_side(a)).isdisjoint(_may_be(_speaker_side(b)))  # one side's two voices
        or judgement.confidence < spec.stance_min_confidence
        or (trusted is not None and judgement.detector not in trusted)
        or not _shared(a.record.claim.text, b.record.claim.text, *[spec.stance_contradict_overlap] * 2)
    ):
        return None
    return Decision(
        "stance",
        a,
        b,
        a.prop.relation or "",
        b.prop.relation or "",
        confidence=judgement.confidence,
        reason=f"{judgement.verdict} ({judgement.detector}): {judgement.reason}",
        verdict=judgement.verdict,
    )


def told_alike(a: Claim, b: Claim, lat: Lattice) -> Decision | None:
    """Two sources telling one event (an attack, its dead) agree, when nothing else decided the pair
    and no opposite words or negation set them apart (سيطر and خسر are both `control`)."""
    from tracker.detectors import antonyms, negation
    from tracker.detectors.text import sentence

    if not (a.event and b.event and a.affirmed and b.affirmed) or same_speaker(a.record, b.record):
        return None
    told = sorted(_events(a.record.claim.text) & _events(b.record.claim.text) & set(lat.spec.told_alike))
    if not told or _other_figures(a, b) or _rival(a, b) or not same_event(a, b, lat):
        return None  # (accounts a report sets side by side, بينما قالت ..., it sets against each other)
    by_a, by_b = _attackers(a.record.claim.text), _attackers(b.record.claim.text)
    if _known(by_a) and _known(by_b) and _may_be(by_a).isdisjoint(_may_be(by_b)):
        return None  # (the shells fired by two sides: no one account)
    sa, sb = sentence(a.record.claim.text), sentence(b.record.claim.text)
    if any(d(sa, sb) for d in (antonyms.detect, antonyms.detect_families, negation.detect)):
        return None
    return Decision("agree-same", a, b, told[0], told[0])


def _other_figures(a: Claim, b: Claim, amounts: bool = False) -> bool:
    """The two give counts (or `amounts`) of one unit and none of them match (3 of the factions' dead, 23
    fighters; 30 في المئة / 2 في المئة): told of other people or things, or in dispute; no agreement."""
    figures = _measures if amounts else _counts
    pairs = [(qa, qb) for qa in figures(a) for qb in figures(b) if qa.unit == qb.unit]
    return bool(pairs) and not any(_overlap(qa, qb) for qa, qb in pairs)


def _overlap(qa: Quantity, qb: Quantity) -> bool:
    hi_a, hi_b = (q.high if q.high is not None else float("inf") for q in (qa, qb))
    return (qa.low or 0.0) <= hi_b and (qb.low or 0.0) <= hi_a


def _subject(a: Claim, b: Claim) -> str:
    """What two claims are about, in words: their relations and the actor pair (or count) they share."""
    da, ea_keys = block_keys(a)
    db, eb_keys = block_keys(b)
    shared = sorted((da & eb_keys) | (db & ea_keys), key=lambda k: (k[0] != "pair", k))
    ea = (
        list(shared[0][-2:])
        if shared and shared[0][0] == "pair"
        else [e for e in a.prop.entities if e in b.prop.entities] or a.prop.entities[:2]
    )
    rel = sorted({r for r in (a.prop.relation, b.prop.relation) if r})
    what = " / ".join(rel) or "figures"
    units = sorted({q.unit for q in a.prop.quantities} & {q.unit for q in b.prop.quantities})
    if units and (not rel or a.event or b.event):
        what = ", ".join([*rel, *units])
    return f"{ACTOR_SEPARATOR.join(ea[:3]) or UNNAMED}: {what}"


def actor_ids(proposition: str) -> list[str]:
    """The actor ids a comparison's `proposition` names, in order (none for unnamed actors)."""
    head = topic(proposition)
    return [] if head == UNNAMED else head.split(ACTOR_SEPARATOR)


def topic(proposition: str) -> str:
    """The actors part of a comparison's `proposition`: what the report groups by."""
    return proposition.split(": ", 1)[0]


def _comparison(d: Decision, lat: Lattice, subject: str) -> Comparison | None:
    rule = lat.rules[d.rule]
    if rule.verdict == "none":
        return None
    verdict = rule.verdict
    which = "" if d.x == d.y else f", which {d.x} implies"
    reason = d.reason or rule.reason.format(a=_who(d.a), b=_who(d.b), x=d.x, y=d.y, link=d.link, which=which)
    confidence = d.confidence if d.confidence is not None else rule.confidence
    if verdict == "judge":
        if d.verdict is None:
            return None
        verdict = d.verdict
    elif verdict != "echo" and "hedged" in (d.a.prop.modality, d.b.prop.modality):
        confidence = min(confidence, lat.spec.hedged_confidence)
    first, second = sorted((d.a.record.id, d.b.record.id))
    return Comparison(
        a=first, b=second, verdict=verdict, proposition=subject, reason=reason, rule=rule.id,
        confidence=round(confidence, 3),
    )  # fmt: skip


def candidate_pairs(claims: Sequence[Claim]) -> Iterator[tuple[int, int]]:
    """Each pair of claims that share a block, once (smaller index first)."""
    direct: dict[Key, list[int]] = defaultdict(list)
    linked: dict[Key, list[int]] = defaultdict(list)
    for c in claims:
        d, e = block_keys(c)
        for k in d:
            direct[k].append(c.n)
        for k in e - d:
            linked[k].append(c.n)
    seen: set[tuple[int, int]] = set()
    for key, members in sorted(direct.items()):  # the same order whatever the hash seed
        pool = sorted(set(members) | set(linked.get(key, ())))
        own = set(members)
        pairs = _by_time(pool, claims) if len(pool) > MAX_BLOCK else itertools.combinations(pool, 2)
        for i, j in pairs:
            if i in own or j in own:
                pair = (min(i, j), max(i, j))
                if pair not in seen:
                    seen.add(pair)
                    yield pair
    for pair in _denial_pairs(claims):
        if pair not in seen:
            seen.add(pair)
            yield pair


def _denial_pairs(claims: Sequence[Claim]) -> Iterator[tuple[int, int]]:
    """Each denial of any one thing with every claim of its story: the thing may be told in any words,
    with no actor or event key in common (نفى أي فدية / دفعوا فدية); each denial of a statement (نفى أن
    يكون قد استأجر الطائرة), with every claim of its story; and each verb denied (لم نطلق), with the
    claims of its story that tell it."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for c in claims:
        by_article[c.record.article.id].append(c.n)
    for t in claims:
        any_claim = _denies_any(t) or _all_intercepted(t) or _denied_words(t)
        cores = {k for d in _denied_uses(t) for k in d.cores}
        if not (any_claim or cores):
            continue
        for a in dict.fromkeys(t.thread or (t.record.article.id,)):
            for n in by_article[a]:
                told = any_claim or any(
                    not u.cores.isdisjoint(cores) for u in _verbs(claims[n].record.claim.text).told
                )
                if n != t.n and told:
                    yield min(n, t.n), max(n, t.n)


def _speaker_pairs(claims: Sequence[Claim]) -> Iterator[tuple[int, int]]:
    """Pairs of one named speaker's claims in two articles, within a window of WINDOW neighbours by
    time where the speaker has many."""
    by_name: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for c in claims:
        if (key := _speaker_key(c.record)) is not None:
            by_name[key].append(c.n)
    for _, members in sorted(by_name.items()):
        for x, y in _by_time(members, claims):
            i, j = sorted((x, y))
            if claims[i].record.article.id != claims[j].record.article.id:
                yield i, j


def _by_time(members: list[int], claims: Sequence[Claim]) -> Iterator[tuple[int, int]]:
    """Each claim with its WINDOW - 1 next neighbours in time (then article): the pairs of a block too
    large to compare all pairs of."""
    members = sorted(members, key=lambda n: (claims[n].when or (dt.date.min,), claims[n].record.article.id))
    for x in range(len(members)):
        for y in range(x + 1, min(x + WINDOW, len(members))):
            yield members[x], members[y]


def with_articles(claims: list[Claim]) -> list[Claim]:
    """The claims with what their article as a whole says: whether it reports fighting, its story (the
    particulars of all its claims and its headline), and the other reports of that story."""
    # (a fight only supposed, لولا إيران لسقطت أربيل، or attempted, is none reported)
    fighting = {c.record.article.id for c in claims if c.event and c.prop.modality == "asserted"}
    lat = lattice()
    articles = {c.record.article.id: c.record.article for c in claims}
    titles = {a: art.title or "" for a, art in articles.items()}
    story: dict[str, set[str]] = {a: set(_particulars(title)) for a, title in titles.items()}
    # a headline's word the article never writes with the article ال is a name (أندرامبوكان; not مطار)
    definite: dict[str, set[str]] = {a: set(_definite(title)) for a, title in titles.items()}
    for c in claims:
        story[c.record.article.id] |= _particulars(c.record.claim.text)
        definite[c.record.article.id] |= _definite(c.record.claim.text)
    stories = {a: frozenset(told) for a, told in story.items()}
    published = {a: art.published for a, art in articles.items()}
    names = {a: _particulars(title) - definite[a] - lat.not_names for a, title in titles.items()}
    threads = _threads({a: stories[a] for a in sorted(fighting)}, names, published, lat)
    hostile: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        hostile[c.record.article.id] |= _at_war(c)
    against = _against(claims)
    strikes = _strikes(claims)
    out = []
    for c in claims:
        thread = (a := c.record.article.id, *threads.get(a, ()))
        war = frozenset(x for t in thread for x in hostile.get(t, ()))
        out.append(
            replace(
                c,
                conflict=a in fighting,
                story=stories[a],
                thread=thread,
                at_war=war,
                against=against.get(c.n, ()),
                strike=strikes.get(c.n),
            )
        )
    return out


def _figure_set(c: Claim) -> frozenset[tuple[str, float | None, float | None]]:
    """The counts a claim tells, as (unit, low, high)."""
    return frozenset((q.unit, q.low, q.high) for q in _counts(c))


def _same_figures(a: Claim, b: Claim) -> bool:
    """The two claims tell the same counts, and some."""
    fa = _figure_set(a)
    return bool(fa) and fa == _figure_set(b)


def _note_copy(d: Decision, copies: dict[int, set[int]], lat: Lattice) -> None:
    """Two claims are one statement published twice: the same words, or one speaker's words retold
    nearly whole (`copy_overlap`) or with the same counts (not merely the same relation said again in
    other words)."""
    ta, tb = d.a.record.claim.text, d.b.record.claim.text
    if d.rule == "echo-same-text" or (
        d.rule == "echo-same-speaker"
        and (_shared(ta, tb, *[lat.spec.copy_overlap] * 2) or _same_figures(d.a, d.b))
    ):
        copies[d.a.n].add(d.b.n)
        copies[d.b.n].add(d.a.n)


def _copies_contradicted(
    claims: Sequence[Claim],
    contradicted: list[Decision],
    copies: dict[int, set[int]],
    done: set[tuple[int, int]],
    lat: Lattice,
) -> Iterator[Comparison]:
    """A statement published again (the same words, or one speaker's words retold nearly whole) is
    contradicted by whatever contradicts it where first read, unless a rule already judged that pair."""
    for d in contradicted:
        for told, other in ((d.a, d.b), (d.b, d.a)):
            for n in sorted(copies.get(told.n, ())):
                pair = (min(n, other.n), max(n, other.n))
                if n == other.n or pair in done or n in copies.get(other.n, ()):
                    continue
                done.add(pair)
                copy = Decision("contradict-copy", claims[n], other, _who(told), "")
                if out := _comparison(copy, lat, _subject(claims[n], other)):
                    yield out


def _start(r: Record) -> int:
    return min(r.claim.start, r.cue.start, r.speaker.start)


def _against(claims: list[Claim]) -> dict[int, tuple[int, ...]]:
    """For each claim whose attribution opens with a connector (، بينما قالت X), the claims of the
    account right before it in its report: the nearest other speaker's, all of them he says there."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.record.article.id].append(c)
    out: dict[int, tuple[int, ...]] = {}
    for told in by_article.values():
        told.sort(key=lambda c: _start(c.record))
        for k, c in enumerate(told):
            if c.record.cue.contrast:
                earlier = [p for p in reversed(told[:k]) if _start(p.record) < _start(c.record)]
                out[c.n] = _account_before(c, earlier)
    return out


def _strikes(claims: list[Claim]) -> dict[int, int]:
    """For each claim telling an attack, the claim of its report that first told that strike: its own,
    unless it names the strike with the article (الضربة استهدفت ...), which is the strike told last
    before it (مسيرة قصفت السوق ... قال عضو في المجلس إن الضربة أودت بحياة 11 ... لكن مصدرا أكد أن
    الضربة استهدفت تجمعا: one strike)."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if ATTACK in _events(c.record.claim.text):
            by_article[c.record.article.id].append(c)
    out: dict[int, int] = {}
    for told in by_article.values():
        told.sort(key=lambda c: _start(c.record))
        for k, c in enumerate(told):
            named = k > 0 and _names_article_event(c) and c.record.claim.kind != "headline"
            out[c.n] = out[told[k - 1].n] if named else c.n
    return out


def _account_before(c: Claim, earlier: list[Claim]) -> tuple[int, ...]:
    """Of the claims before c (nearest first), those of the nearest speaker other than c's, up to
    another speaker."""
    account: list[Claim] = []
    for p in earlier:
        if not account and same_speaker(p.record, c.record):
            continue
        if account and not same_speaker(p.record, account[0].record):
            break
        account.append(p)
    return tuple(p.n for p in account)


def _at_war(c: Claim) -> frozenset[str]:
    """The sides at war with the state in the story the claim is told in: the speaker's, where the claim
    says it killed the state's soldiers (قتلنا 30 عسكريا) and the speaker is no state's, and the side the
    state's forces are told fighting (بعد مواجهات مع «قسد»)."""
    if not (c.event and c.affirmed):
        return frozenset()
    fought = _fought_by_state(c.record.claim.text)
    killed = c.prop.relation in (CASUALTIES, ATTACK) and any(
        quantities.SOLDIERS in (q.unit, q.of) for q in _counts(c)
    )
    # (a state's voice counting soldiers dead tells its own losses: الهجوم أسفر عن مقتل 58 من أفراد الجيش);
    # a body the table does not know is its name's (قال «تحالف ...» إن مقاتليه قتلوا عشرات الجنود)
    side = _speaker_side(c) or _body(c)
    return side | fought if killed and not _of_state(side) else fought


FOUGHT_REACH = 4
"""How many words after "مع" a fight names the side fought (مواجهات مع «قوات سوريا الديمقراطية»)."""


def _fought_by_state(text: str) -> frozenset[str]:
    """The sides a claim tells the state's forces fighting: a clash (lattice.yaml `clashes`), then مع
    (relations.yaml `companions`) and the side, the state's forces named before it (وحدات الجيش سيطرت على
    المطار بعد مواجهات مع «قسد»); not fighting beside a side (القتال مع الجيش), nor between others."""
    toks = quantities.tokens(text)
    g = propositions.grammar()
    fights = g.where(toks, _phrases("clashes"), inflected=True)
    if not fights:
        return frozenset()
    states = g.where(toks, _phrases("state_forces"), inflected=True)
    out: set[str] = set()
    for h in fights:
        if h.end >= len(toks) or g.companions.isdisjoint(toks[h.end].forms):
            continue
        if not any(x.end <= h.start for x in states):
            continue
        span = toks[h.end + 1 : h.end + 1 + FOUGHT_REACH]
        if span:
            out |= _agents(text[span[0].start : span[-1].end])
    return frozenset(out)


@lru_cache(maxsize=CACHE)
def _definite(text: str) -> frozenset[str]:
    """The light stems of the words a text writes with the article (المطار، بالكاملة)."""
    return frozenset(
        claimmatch.light(w) for w in words(text) if any(f.startswith(ARTICLE) for f in stems(w)[:-1])
    )


def _threads(
    stories: dict[str, frozenset[str]],
    names: dict[str, frozenset[str]],
    published: dict[str, dt.date | None],
    lat: Lattice,
) -> dict[str, list[str]]:
    """Each report of fighting with the other reports of its story: published at most
    `story_days` apart, sharing `story_rare` particulars that few reports of the batch hold
    (`story_rare_reports`: a town, a hill, a group) and `story_words` particulars in all,
    `story_overlap` of the smaller set, or one of those rare particulars as a name in both headlines
    (`names`: أندرامبوكان). Only reports sharing a rare particular are weighed."""
    spec = lat.spec
    holders: dict[str, list[str]] = defaultdict(list)
    for a, held in stories.items():
        for w in held:
            holders[w].append(a)
    rare: Counter[tuple[str, str]] = Counter()
    for arts in holders.values():
        if 2 <= len(arts) <= spec.story_rare_reports:
            rare.update(itertools.combinations(sorted(arts), 2))
    out: dict[str, list[str]] = defaultdict(list)
    for (x, y), n in sorted(rare.items()):
        dx, dy = published[x], published[y]
        if n < spec.story_rare or (
            dx is not None and dy is not None and abs((dx - dy).days) > spec.story_days
        ):
            continue
        shared, smaller = len(stories[x] & stories[y]), min(len(stories[x]), len(stories[y]))
        named = any(len(holders[w]) <= spec.story_rare_reports for w in names[x] & names[y])
        if named or (shared >= spec.story_words and shared >= spec.story_overlap * smaller):
            out[x].append(y)
            out[y].append(x)
    return out


def _same_story(a: Claim, b: Claim) -> bool:
    """One report, or another report of the same story (`_threads`), not merely one whose headline
    shares a word."""
    return a.record.article.id == b.record.article.id or b.record.article.id in a.thread


def compare(records: Sequence[Record], use_stance: bool = True) -> Iterator[Comparison]:
    """One Comparison per related pair of records: echoes, then the lattice, then the stance judge."""
    lat = lattice()
    claims = [as_claim(r, n) for n, r in enumerate(records)]
    claims = with_articles(claims)
    index = {r.id: n for n, r in enumerate(records)}
    done: set[tuple[int, int]] = set()
    copies: dict[int, set[int]] = defaultdict(set)  # one statement published twice: each the other's copy
    # the same wording in two articles is one statement, whatever the lattice would say
    texts = [(r.id, r.claim.text) for r in records]
    for ida, idb, sim in echo.near_duplicates(texts):
        i, j = sorted((index[ida], index[idb]))
        a, b = claims[i], claims[j]
        if a.record.article.id == b.record.article.id or (i, j) in done:
            continue
        done.add((i, j))
        d = Decision("echo-same-text", a, b, "", "", confidence=round(sim, 3))
        _note_copy(d, copies, lat)
        out = _comparison(d, lat, _subject(a, b))
        if out:
            yield out
    # a named speaker's claims in other articles meet too, though their actors and events differ: a
    # quotation retold in part is an echo whatever the relation read from each part
    for i, j in _speaker_pairs(claims):
        a, b = claims[i], claims[j]
        if a.prop.relation == b.prop.relation or (i, j) in done:
            continue  # one relation is left to the blocks (here, one office's template greetings matched)
        if (echoed := _echo(a, b)) is not None:
            done.add((i, j))
            _note_copy(echoed, copies, lat)
            out = _comparison(echoed, lat, _subject(a, b))
            if out:
                yield out
    contradicted: list[Decision] = []
    for i, j in candidate_pairs(claims):
        if (i, j) in done:
            continue
        a, b = claims[i], claims[j]
        decided = decide(a, b, lat)
        if decided is None and use_stance and stance_may_judge(a, b, lat):
            decided = _undecided(a, b)
        if decided is None and use_stance:
            decided = told_alike(a, b, lat)
        if decided is not None:
            done.add((i, j))
            _note_copy(decided, copies, lat)
            out = _comparison(decided, lat, _subject(a, b))
            if out:
                if out.verdict == "contradict":
                    contradicted.append(decided)
                yield out
    yield from _copies_contradicted(claims, contradicted, copies, done, lat)
