/**
 * From annals events to CASE 2021 task 2 labels (25 ACLED sub-event types plus DIPLO, ATTRIB and the non-political
 * NATURAL_DISASTER, MAN_MADE_DISASTER, ORG_CRIME). An authored table: CAMEO codes first, and where CAMEO cannot tell
 * the ACLED types apart, the event's PLOVER mode, its actors' sectors and the words around its trigger.
 *
 * Rules are tried in order; the first that matches gives the label. `label: null` means "not a CASE event"; such an
 * event still counts as political for the non-political check unless `political` is false.
 */
import type { CodedEvent } from '../../src/index.js';

/** The 30 CASE 2021 task 2 labels. */
export const CASE_LABELS = [
  'ABDUCT_DISSAP', 'AGREEMENT', 'AIR_STRIKE', 'ARMED_CLASH', 'ARREST', 'ART_MISS_ATTACK', 'ATTACK', 'CHANGE_TO_GROUP_ACT',
  'CHEM_WEAP', 'DISR_WEAP', 'FORCE_AGAINST_PROTEST', 'GOV_REGAINS_TERIT', 'GRENADE', 'HQ_ESTABLISHED', 'MOB_VIOL',
  'NON_STATE_ACTOR_OVERTAKES_TER', 'NON_VIOL_TERRIT_TRANSFER', 'OTHER', 'PEACE_PROTEST', 'PROPERTY_DISTRUCT',
  'PROTEST_WITH_INTER', 'REM_EXPLOS', 'SEX_VIOL', 'SUIC_BOMB', 'VIOL_DEMONSTR', 'ORG_CRIME', 'NATURAL_DISASTER',
  'MAN_MADE_DISASTER', 'DIPLO', 'ATTRIB',
] as const;

export type CaseLabel = (typeof CASE_LABELS)[number];

/** The labels that are not political events; every other label is. */
export const NON_POLITICAL: readonly CaseLabel[] = ['NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'ORG_CRIME'];

/** What the rules look at: the code, the mode, the actors' sectors and the lower-cased words around the trigger. */
export interface EventView {
  cameo: string;
  mode: string | null;
  sourceSectors: string[];
  targetSectors: string[];
  /** The source's and the target's own text, lower-cased ("protesters", "the village"). */
  source: string;
  target: string;
  /** Trigger, actor texts and the sentence text near the trigger, lower-cased. */
  words: string;
  /** The trigger and the pattern that matched, lower-cased. */
  trigger: string;
  /** The sentence text just before the trigger (up to 60 characters), lower-cased: what frames the event. */
  before: string;
  /** The sentence text just after the trigger (up to 40 characters), lower-cased: the object, named or not. */
  after: string;
}

/** One row of the mapping: CAMEO codes ("173" exactly, "18*" the code and all codes under it), a condition, a label. */
export interface LabelRule {
  id: string;
  codes: readonly string[];
  when?: (e: EventView) => boolean;
  label: CaseLabel | null;
  political: boolean;
}

// Word lists. They only split what one CAMEO code lumps together (ACLED types by weapon, target or purpose).
const GRENADE = /\bgrenade/;
const SUICIDE = /\bsuicide|\bself-detonat|\bblew (?:him|her|them)sel(?:f|ves) up|\bkill(?:ing|ed)? (?:him|her|them)sel(?:f|ves)/;
const AIR = /\bair ?strikes?\b|\bair ?raids?\b|\bwarplanes?\b|\bjets?\b|\baircraft|\bhelicopters?\b|\bgunships?\b|\bdrones?\b|\bbombers?\b|\bair force|\baerial|\bbombard(?:ed|ment) from the air/;
const ARTILLERY = /\bshell(?:s|ed|ing)?\b|\bartillery|\bmortars?\b|\brockets?\b|\bmissiles?\b|\bhowitzers?\b|\btank fire|\bbarrage|\bprojectiles?\b/;
const EXPLOSIVE = /\bieds?\b|\bimprovised explosive|\broadside|\bcar[- ]bomb|\blandmines?\b|\bmines?\b|\bexplosive|\bbomb|\bblasts?\b|\bexplo(?:sion|ded|de)/;
const WEAPONS = /\bweapons?\b|\barms\b|\bammunition|\bammo\b|\b(?:land)?mines\b|\blandmine\b|\bordnance\b|\bfirearms?\b|\bguns?\b|\bpistols?\b|\brifles?\b|\bexplosive|\bieds?\b|\bbombs?\b|\bgrenades?\b|\bmunitions?\b|\bcaches?\b|\bbullets?\b|\brounds\b|\bdetonators?\b/;
const CRIME = /\bsmuggl|\btraffick|\bdrugs?\b|\bnarcotic|\bcounterfeit|\bfraud|\btheft|\bthie(?:f|ves)\b|\brobber|\bgangs?\b|\bcartel|\bmafia|\bstolen\b|\bburglar|\bpoach|\bcontraband|\bfake\b|\bscam|\bsteroid/;
const PROTESTERS = /\bprotest|\bdemonstrat|\brall(?:y|ies)\b|\bmarchers\b|\bstrikers\b|\bsit-in|\brioters?\b/;
/** Demonstrators' own violence, ACLED's mark of a violent demonstration: clashes, vandalism, arson, missiles thrown. */
const RIOTING = /\bclash|(?<!non-)\bviolent\b|(?<!non-)\bviolently\b|\brioters?\b|\brioting\b|\bscuffl|\bablaze\b|\bset (?:\w+ )?(?:on )?fire|\bsetting fire|\btorch|\bsmash|\bloot|\bvandal|\bmolotov|\bpetrol bombs?|\bfirebomb|\bstones?\b|\bstone-throwing|\brocks\b|\bbottles\b|\bfireworks|\bfirecrackers|\bbarricades?\b/;
/** Road-blocking, which ACLED names as a form of violent demonstration. */
const ROAD_BLOCKING = /\bblock|\bbarricad|\broadblock|\bshut down\b/;
/** Lethal force or serious injury: what makes ACLED's "excessive force against protesters". */
const LETHAL = /\bkill|\bdead\b|\bdeaths?\b|\bdied\b|\blive (?:ammunition|rounds|bullets|fire)|\breal bullets|(?<!rubber )\bbullets\b|\bgunfire|\binjur|\bwound|\bexcessive force/;
/** An arrest made at a protest: "detained during a rally", "arrested at the demonstration". */
const AT_PROTEST = /\b(?:during|at|amid|in|while|as|after)\b[^.;]{0,30}\b(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?|marches)\b/;
const DISPERSAL = /\btear ?gas|\bwater ?cannon|\bpepper|\bdispers|\brubber bullets?|\bbatons?\b|\bstun grenade|\bbr(?:eak|oke) up\b|\bcleared\b/;
const CHEMICAL = /\bchemical weapons?\b|\bchemical attack|\bmustard\b|\bsarin\b|\bchlorine\b|\bnerve (?:agent|gas)|\bpoison(?:ous)? gas|\btoxic gas/;
const GUNMEN = /\bgunm[ae]n\b|\barmed men\b|\bassailants?\b|\battackers?\b/;
const MOB = /\bmobs?\b|\blynch|\bvigilante|\bvillagers\b|\bangry crowd/;
/** Sexual violence named near an assault ("raped, beat and assaulted"). */
const SEXUAL = /\brap(?:e|es|ed|ing|ists?)\b|\bgang-rap|\bsexual|\bmolest/;
/** A claim or denial of responsibility framing an attack: "claimed responsibility for a car bomb". */
const CLAIM = /\bclaim(?:s|ed|ing)? (?:\w+ )?responsibility|\bt(?:akes?|ook) credit|\b(?:is|are|was|were) responsible for\b|\bbehind the\b|\bdeni(?:ed|es) (?:\w+ )?(?:involvement|responsibility)|\bclaim(?:s|ed)? (?:the )?(?:attack|bombing|killing|murder)/;
/** Territory changing hands in a battle, ACLED's mark of "government regains" and "non-state actor overtakes". */
const TERRITORY = /\bregain|\brecaptur|\bretak|\bretook|\bliberat(?:e|ed|es|ing)\b|\b(?:took|taken|take|takes|taking|seiz\w*|gain\w*|wrest\w*|establish\w*) (?:full |total )?control\b|\bcaptur\w* (?:\w+ ){0,2}(?:towns?|city|villages?|districts?|areas?|regions?|territory|bases?|hills?|neighbou?rhoods?)\b/;
/** Territory taken without a fight, ACLED's "non-violent transfer of territory". */
const NO_FIGHT = /\bwithdr[ae]w|\bwithdrawn|\bwithdrawal|\bpull(?:ed|s|ing)? (?:out|back)|\bwithout (?:a |any )?(?:fight|fighting|resistance|clashes|battle)|\bhand(?:ed|s|ing)? (?:over|control|back)|\bhandover|\bdeserted\b|\babandon/;
/** A place taken over after a retreat: the retreat transfers territory. */
const TAKEOVER = /\bcontrol\b|\bre-?captur|\badvanc|\btook\b|\btaken\b|\bseiz|\bentered\b|\bhand(?:ed|s)? over|\bhandover|\bcaptur/;
const BASE = /\b(?:military )?(?:bases?|headquarters|hq|outposts?|observation (?:post|point)s?|posts?|checkpoints?|camps?|barracks|points)\b/;
const SET_UP = /\bestablish|\bset(?:s|ting)? up\b|\bbuil[dt]\b|\binstall/;
const DIPLOMATS = /\bdiplomat|\bambassador|\bembass|\bconsul/;
const REGAIN = /\bregain|\brecaptur|\bretak|\bliberat(?:e|ed|es|ing)\b|\breclaim|\brecover/;
const RESPONSIBILITY = /\bresponsib|\bclaim(?:s|ed)? (?:the )?(?:attack|bombing|killing)|\btakes? credit|\btook credit|\bblam/;
const SURRENDER = /\bsurrender|\blay down (?:their|its) arms|\blaid down (?:their|its) arms/;
const CIVILIAN_PLACES = /\bvillages?\b|\bbus(?:es)?\b|\bbars?\b|\bmarkets?\b|\brestaurants?\b|\bcommunit(?:y|ies)\b|\bchurch(?:es)?\b|\bmosques?\b|\bschools?\b|\bwedding|\bhomes?\b|\bhouses?\b|\bcars?\b|\bvehicles?\b|\bplanes?\b|\bhospitals?\b|\bcivilians?\b|\bpeople\b|\bpassengers?\b|\bworshippers?\b|\bresidents?\b|\bvillagers?\b/;
const ARMED = /\bclash|\bfighting\b|\bbattles?\b|\bgun ?fights?\b|\bfirefights?\b|\bexchange(?:d)? (?:of )?fire|\btroops\b|\bsoldiers?\b|\bforces\b|\bpolice(?:men)?\b|\barmy\b|\bmilitary\b|\bcheckpoints?\b|\bpositions\b|\bconvoy|\bbases?\b|\bpatrol|\bfighters\b|\bmilitants\b|\brebels\b|\bmilitias?\b|\bguards?\b/;
const CIVILIANS = /\bcivilians?\b|\bvillagers?\b|\bresidents?\b|\bworshippers?\b|\bpassengers?\b|\bstudents?\b|\bchildren\b|\bwomen\b|\bfarmers?\b|\bpeople\b/;

const STATE_SECTORS = ['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG'];
const NON_STATE_ARMED = ['REB', 'INS', 'UAF', 'RAD', 'SEP', 'IMG'];
const has = (sectors: string[], wanted: string[]) => sectors.some((s) => wanted.includes(s));
const civilianTarget = (e: EventView) => has(e.targetSectors, ['CVL', 'REF', 'EDU', 'HLH', 'REL']) || CIVILIANS.test(e.target);
const ARMED_SECTORS = [...STATE_SECTORS.filter((s) => s !== 'GOV' && s !== 'JUD' && s !== 'LEG'), ...NON_STATE_ARMED];
/** Armed on both sides: an armed target, or (no actor as target) armed words near the trigger and no civilians. */
const armedTarget = (e: EventView) =>
  has(e.targetSectors, ARMED_SECTORS) || (e.target === '' && ARMED.test(e.words) && !CIVILIANS.test(e.words));

/** The mapping, in order. Each rule's comment says why. */
export const LABEL_RULES: readonly LabelRule[] = [
  // A ceasefire mode on any non-violent pattern ("agree a truce") is an agreement whatever its code.
  { id: 'ceasefire-mode', codes: ['0*', '10*', '11*', '12*', '13*', '16*'], when: (e) => e.mode === 'ceasefire', label: 'AGREEMENT', political: true },

  // --- 01 statements. PLOVER drops content-free statements; CASE has no "statement" event either. ---
  // 015 claim responsibility and 016 deny responsibility are exactly CASE's ATTRIB (attribution of an attack).
  { id: 'claim-or-deny', codes: ['015', '016'], label: 'ATTRIB', political: true },
  // A plain "said" (010) whose words speak of responsibility or blame is an attribution too.
  { id: 'statement-of-responsibility', codes: ['01*'], when: (e) => RESPONSIBILITY.test(e.words), label: 'ATTRIB', political: true },
  // 018 condolences and 019 accord are relations between actors: diplomacy.
  { id: 'empathy-accord', codes: ['018', '019'], label: 'DIPLO', political: true },
  // The rest of root 01 says nothing: not an event, and not counted as political.
  { id: 'bare-statement', codes: ['01*'], label: null, political: false },

  // --- 02 appeals and 10 demands: verbal pressure between actors, CASE's DIPLO. ---
  { id: 'appeal-demand', codes: ['02*', '10*'], label: 'DIPLO', political: true },

  // --- 03 intent to cooperate: PLOVER AGREE (pledge, promise, agree to). CASE AGREEMENT holds pledges such as
  // "promised to complete the release of prisoners as part of the deal" and "agreed a ceasefire". ---
  { id: 'intent-to-cooperate', codes: ['03*'], label: 'AGREEMENT', political: true },

  // --- 04 consult and 05 diplomatic cooperation: DIPLO, except 057 signing a formal agreement. ---
  { id: 'sign-agreement', codes: ['057'], label: 'AGREEMENT', political: true },
  { id: 'consult-diplomacy', codes: ['04*', '05*'], label: 'DIPLO', political: true },

  // --- 06 material cooperation between governments: DIPLO (CASE has no cooperation type). ---
  { id: 'material-cooperation', codes: ['06*'], label: 'DIPLO', political: true },
  // --- 07 aid: ACLED codes no aid events, so aid gives no label (a snippet about aid is labelled by its other
  // events). It is still a political event for the non-political check: a government helping after a flood is one.
  { id: 'aid', codes: ['07*'], label: null, political: true },

  // --- 08 yield ---
  // 0871 truce or ceasefire and 087 de-escalation: AGREEMENT.
  { id: 'ceasefire', codes: ['0871', '087'], label: 'AGREEMENT', political: true },
  // 0874 covers surrender (an ACLED agreement: "ten rebels surrendered") and retreat (territory handed over
  // without a fight: "forces withdrew from Kirkuk").
  { id: 'surrender', codes: ['0874'], when: (e) => SURRENDER.test(e.words), label: 'AGREEMENT', political: true },
  // A retreat after which another side holds the place hands territory over without a fight (ACLED's non-violent
  // transfer of territory); a retreat alone changes where a group is (ACLED's change to group/activity).
  { id: 'retreat-handover', codes: ['0874', '0872'], when: (e) => TAKEOVER.test(e.words), label: 'NON_VIOL_TERRIT_TRANSFER', political: true },
  { id: 'retreat', codes: ['0874', '0872'], label: 'CHANGE_TO_GROUP_ACT', political: true },
  // 0873 demobilisation changes a group's activity.
  { id: 'demobilize', codes: ['0873'], label: 'CHANGE_TO_GROUP_ACT', political: true },
  // 0841 releasing persons: prisoner releases and exchanges are ACLED agreements.
  { id: 'release-persons', codes: ['0841'], label: 'AGREEMENT', political: true },
  // Other concessions (easing sanctions, curfews, accepting demands, allowing access): DIPLO.
  { id: 'yield', codes: ['08*'], label: 'DIPLO', political: true },

  // --- 09 investigate: no ACLED counterpart; OTHER. ---
  { id: 'investigate', codes: ['09*'], label: 'OTHER', political: true },

  // --- 11 disapprove: 112 accusations attribute blame (ATTRIB); criticism, complaints, lawsuits are DIPLO. ---
  { id: 'accuse', codes: ['112*'], label: 'ATTRIB', political: true },
  { id: 'disapprove-of-attack', codes: ['11*'], when: (e) => RESPONSIBILITY.test(e.words), label: 'ATTRIB', political: true },
  { id: 'disapprove', codes: ['11*'], label: 'DIPLO', political: true },
  // --- 12 reject, 13 threaten, 16 reduce relations (sanctions, expelling diplomats): DIPLO. ---
  { id: 'reject-threaten-sanction', codes: ['12*', '13*', '16*'], label: 'DIPLO', political: true },

  // --- 14 protest ---
  // Defection changes a group's membership: ACLED's change to group/activity.
  { id: 'defect', codes: ['140'], when: (e) => /\bdefect/.test(e.trigger), label: 'CHANGE_TO_GROUP_ACT', political: true },
  // A riot by a mob or villagers with no political claim is ACLED mob violence.
  { id: 'mob-riot', codes: ['145*'], when: (e) => MOB.test(e.words), label: 'MOB_VIOL', political: true },
  // Looting and arson with no demonstration named are ACLED's looting/property destruction, not a riot.
  { id: 'looting-arson', codes: ['145'], when: (e) => /\bloot|\btorch|\bburn|\bset fire|\bvandal|\bransack|\bsmash/.test(e.trigger) && !PROTESTERS.test(e.words), label: 'PROPERTY_DISTRUCT', political: true },
  { id: 'riot', codes: ['145*'], label: 'VIOL_DEMONSTR', political: true },
  // ACLED names road-blocking among the acts of a violent demonstration.
  { id: 'road-blocking', codes: ['144'], when: (e) => ROAD_BLOCKING.test(e.trigger), label: 'VIOL_DEMONSTR', political: true },
  // A demonstration told with demonstrators' violence beside it (clashes, stones, arson) is a violent demonstration.
  { id: 'protest-with-violence', codes: ['14*'], when: (e) => RIOTING.test(e.words), label: 'VIOL_DEMONSTR', political: true },
  // Demonstrations, hunger strikes, strikes, boycotts, blockades: peaceful protest.
  { id: 'protest', codes: ['14*'], label: 'PEACE_PROTEST', political: true },

  // --- 15 force posture: setting up a base or post is HQ_ESTABLISHED; deploying or mobilising forces changes
  // a group's activity. ---
  { id: 'base-set-up', codes: ['15*', '190', '19'], when: (e) => BASE.test(e.words) && SET_UP.test(e.words), label: 'HQ_ESTABLISHED', political: true },
  { id: 'mobilize', codes: ['15*'], label: 'CHANGE_TO_GROUP_ACT', political: true },

  // --- 17 coerce ---
  // Seizing or destroying weapons, ammunition or explosives is ACLED's disrupted weapons use.
  { id: 'seize-weapons', codes: ['171*'], when: (e) => WEAPONS.test(e.words), label: 'DISR_WEAP', political: true },
  // Destruction by a mob is ACLED's mob violence.
  { id: 'mob-destroy', codes: ['171', '1712'], when: (e) => MOB.test(e.words), label: 'MOB_VIOL', political: true },
  { id: 'destroy-property', codes: ['171', '1712'], label: 'PROPERTY_DISTRUCT', political: true },
  { id: 'confiscate', codes: ['1711'], label: 'OTHER', political: true },
  // Arrests of smugglers, traffickers or thieves are crime, not political arrests (ACLED excludes them).
  { id: 'arrest-criminals', codes: ['173'], when: (e) => has(e.targetSectors, ['CRM']) || CRIME.test(e.words), label: 'ORG_CRIME', political: false },
  // Arresting protesters is a protest with intervention.
  // ACLED counts arrests at a demonstration as an intervention in it.
  { id: 'arrest-protesters', codes: ['173'], when: (e) => PROTESTERS.test(e.target) || PROTESTERS.test(e.after.slice(0, 30)) || AT_PROTEST.test(e.words), label: 'PROTEST_WITH_INTER', political: true },
  { id: 'arrest', codes: ['173'], label: 'ARREST', political: true },
  // Expelling diplomats is diplomacy; other deportations have no ACLED type.
  { id: 'expel-diplomats', codes: ['174'], when: (e) => DIPLOMATS.test(e.words), label: 'DIPLO', political: true },
  // 175 violent repression: with deaths, live fire or injuries it is ACLED's excessive force against protesters;
  // dispersal with tear gas or water cannon is a protest with intervention; the rest
  // (firing on, beating, killing protesters) is excessive force.
  { id: 'lethal-repression', codes: ['175'], when: (e) => LETHAL.test(e.words), label: 'FORCE_AGAINST_PROTEST', political: true },
  // Dispersal of demonstrators who clash or throw things is, for ACLED, a violent demonstration.
  { id: 'disperse-rioters', codes: ['175'], when: (e) => /\bclash|\bstones?\b|\brocks\b|\bmolotov|\bpetrol bombs?|\bfirebomb|\bthrew\b|\bthrowing\b|\brioters?\b|\brioting\b|\bscuffl/.test(e.words), label: 'VIOL_DEMONSTR', political: true },
  { id: 'disperse-protest', codes: ['175'], when: (e) => DISPERSAL.test(e.words), label: 'PROTEST_WITH_INTER', political: true },
  { id: 'repression', codes: ['175'], label: 'FORCE_AGAINST_PROTEST', political: true },
  // Administrative sanctions, curfews, martial law, deportation, cyber attacks: ACLED "other" developments.
  { id: 'coerce-other', codes: ['17*'], label: 'OTHER', political: true },

  // --- violence at a protest (18x, 19x with protesters on one side) ---
  // Protesters as the attackers: a violent demonstration. Protesters as the target: dispersal (tear gas, water
  // cannon) is a protest with intervention, the rest excessive force against protesters.
  // An attack told as the object of a claim or denial of responsibility ("claimed responsibility for a car bomb"):
  // the news is the attribution, CASE's ATTRIB.
  { id: 'attack-claimed', codes: ['18*', '19*', '20*'], when: (e) => CLAIM.test(e.before), label: 'ATTRIB', political: true },
  // Clashes between demonstrators and police are, for ACLED, a violent demonstration.
  { id: 'protesters-clash', codes: ['18*', '19*'], when: (e) => /\bclash/.test(e.trigger) && PROTESTERS.test(e.words), label: 'VIOL_DEMONSTR', political: true },
  { id: 'protesters-violent', codes: ['18*', '19*'], when: (e) => PROTESTERS.test(e.source), label: 'VIOL_DEMONSTR', political: true },
  { id: 'protesters-dispersed', codes: ['18*', '19*'], when: (e) => PROTESTERS.test(e.target) && DISPERSAL.test(e.words), label: 'PROTEST_WITH_INTER', political: true },
  { id: 'protesters-attacked', codes: ['18*', '19*'], when: (e) => PROTESTERS.test(e.target), label: 'FORCE_AGAINST_PROTEST', political: true },

  // --- 18 unconventional violence ---
  // Force used with a chemical agent is ACLED's chemical weapon, whatever CAMEO's code for the force.
  { id: 'chemical-agent', codes: ['18*', '19*'], when: (e) => CHEMICAL.test(e.words), label: 'CHEM_WEAP', political: true },
  { id: 'sexual-violence', codes: ['1821'], label: 'SEX_VIOL', political: true },
  // An assault told with rape or sexual abuse beside it ("raped, beat and assaulted") is sexual violence.
  { id: 'assault-sexual', codes: ['18', '180', '182', '1823'], when: (e) => SEXUAL.test(e.words), label: 'SEX_VIOL', political: true },
  { id: 'abduct', codes: ['181', '184'], label: 'ABDUCT_DISSAP', political: true },
  // Bombings: a grenade is its own ACLED type whatever CAMEO says; 1831 is a suicide bombing; vehicle, roadside
  // and location bombs are remote explosives.
  { id: 'grenade', codes: ['18', '180', '183*', '19', '190', '193'], when: (e) => GRENADE.test(e.words), label: 'GRENADE', political: true },
  { id: 'suicide-bombing', codes: ['1831'], label: 'SUIC_BOMB', political: true },
  { id: 'suicide-mode', codes: ['18*', '19*'], when: (e) => e.mode === 'suicide-attack' || SUICIDE.test(e.words), label: 'SUIC_BOMB', political: true },
  { id: 'remote-explosive', codes: ['183*'], label: 'REM_EXPLOS', political: true },
  // Unspecified violence (18, 180, 19, 190) is split by the weapon named near the trigger.
  { id: 'air-weapon', codes: ['18', '180', '19', '190'], when: (e) => AIR.test(e.words), label: 'AIR_STRIKE', political: true },
  { id: 'artillery-weapon', codes: ['18', '180', '19', '190'], when: (e) => ARTILLERY.test(e.words), label: 'ART_MISS_ATTACK', political: true },
  { id: 'explosive-weapon', codes: ['18', '180', '19', '190'], when: (e) => e.mode === 'explosives' || EXPLOSIVE.test(e.words), label: 'REM_EXPLOS', political: true },
  // Beatings and killings by a mob are mob violence; otherwise one-sided violence is ACLED's "attack".
  { id: 'mob-assault', codes: ['18*'], when: (e) => MOB.test(e.words), label: 'MOB_VIOL', political: true },
  { id: 'assault', codes: ['18*'], label: 'ATTACK', political: true },

  // --- 19 fight ---
  // CAMEO counts missiles as aerial weapons; ACLED files missiles fired from the ground, with no aircraft named,
  // under "shelling/artillery/missile attack".
  { id: 'ground-missiles', codes: ['195'], when: (e) => /\bmissiles?\b|\brockets?\b/.test(e.words) && !AIR.test(e.words), label: 'ART_MISS_ATTACK', political: true },
  { id: 'aerial-weapons', codes: ['195*'], label: 'AIR_STRIKE', political: true },
  { id: 'artillery-tanks', codes: ['194'], label: 'ART_MISS_ATTACK', political: true },
  // Occupying territory: by state forces it is a government regaining territory; by rebels or militias it is a
  // non-state actor taking it; with no sector to go by, "regain|recapture|retake|liberate" means the government.
  // Territory taken after the other side withdrew, or without a fight: ACLED's non-violent transfer of territory.
  { id: 'occupy-unopposed', codes: ['192'], when: (e) => NO_FIGHT.test(e.words), label: 'NON_VIOL_TERRIT_TRANSFER', political: true },
  { id: 'occupy-state', codes: ['192'], when: (e) => has(e.sourceSectors, STATE_SECTORS), label: 'GOV_REGAINS_TERIT', political: true },
  { id: 'occupy-non-state', codes: ['192'], when: (e) => has(e.sourceSectors, NON_STATE_ARMED), label: 'NON_STATE_ACTOR_OVERTAKES_TER', political: true },
  { id: 'occupy-regain', codes: ['192'], when: (e) => REGAIN.test(e.words), label: 'GOV_REGAINS_TERIT', political: true },
  { id: 'occupy', codes: ['192'], label: 'NON_STATE_ACTOR_OVERTAKES_TER', political: true },
  // A blockade has no ACLED type.
  { id: 'blockade', codes: ['191'], label: 'OTHER', political: true },
  // Armed force against civilians is ACLED's "attack"; between armed actors it is an armed clash. When the target
  // is no actor ("attacked a checkpoint", "opened fire on a bus"), the words near the trigger decide; with neither
  // armed nor civilian words, an armed clash.
  // A battle in which territory changes hands is, for ACLED, the territorial sub-event, not an armed clash.
  { id: 'battle-territory-state', codes: ['19', '190', '193'], when: (e) => TERRITORY.test(e.words) && has(e.sourceSectors, STATE_SECTORS), label: 'GOV_REGAINS_TERIT', political: true },
  { id: 'battle-territory-non-state', codes: ['19', '190', '193'], when: (e) => TERRITORY.test(e.words) && has(e.sourceSectors, NON_STATE_ARMED), label: 'NON_STATE_ACTOR_OVERTAKES_TER', political: true },
  { id: 'battle-territory-regain', codes: ['19', '190', '193'], when: (e) => TERRITORY.test(e.words) && REGAIN.test(e.words), label: 'GOV_REGAINS_TERIT', political: true },
  { id: 'fight-civilians', codes: ['19', '190', '193'], when: civilianTarget, label: 'ATTACK', political: true },
  // Unidentified gunmen firing on what is no armed actor (a hotel, a teahouse) attack civilians, for ACLED.
  { id: 'gunmen-attack', codes: ['19', '190', '193'], when: (e) => GUNMEN.test(e.source) && e.targetSectors.length === 0 && !ARMED.test(e.after), label: 'ATTACK', political: true },
  // No actor as target, but the object right after the trigger is a civilian place or civilians ("opened fire on a bus").
  { id: 'fight-civilian-object', codes: ['19', '190', '193'], when: (e) => e.target === '' && CIVILIAN_PLACES.test(e.after.slice(0, 30)), label: 'ATTACK', political: true },
  { id: 'fight-armed', codes: ['19', '190', '193'], when: armedTarget, label: 'ARMED_CLASH', political: true },
  { id: 'fight-unarmed', codes: ['19', '190', '193'], when: (e) => e.target === '' && CIVILIAN_PLACES.test(e.words), label: 'ATTACK', political: true },
  { id: 'fight', codes: ['19*'], label: 'ARMED_CLASH', political: true },

  // --- 20 mass violence ---
  // 2041 chemical, biological, radiological; 2042 nuclear; 204 unspecified WMD: CASE's CHEM_WEAP is the only
  // unconventional-weapon type.
  { id: 'wmd', codes: ['204*'], label: 'CHEM_WEAP', political: true },
  // Mass expulsion has no ACLED type; CASE files it under OTHER.
  { id: 'mass-expulsion', codes: ['201'], label: 'OTHER', political: true },
  { id: 'mass-killing', codes: ['20*'], label: 'ATTACK', political: true },
];

function codeMatches(pattern: string, code: string): boolean {
  return pattern.endsWith('*') ? code.startsWith(pattern.slice(0, -1)) : code === pattern;
}

/**
 * What the rules see of an event: words within 60 characters before and 80 after the trigger, in its sentence,
 * and apart from them the stretch just before and just after the trigger.
 */
export function viewOf(event: CodedEvent): EventView {
  const { evidence, trigger } = event;
  const from = Math.max(0, trigger.start - evidence.start - 60);
  const to = Math.min(evidence.text.length, trigger.end - evidence.start + 80);
  // The pattern is not among the words: its alternatives ("grenade|bomb|device") would speak of weapons the text
  // does not name.
  const words = [trigger.text, event.source?.text ?? '', event.target?.text ?? '', evidence.text.slice(from, to)]
    .join(' | ')
    .toLowerCase();
  const at = trigger.start - evidence.start;
  return {
    cameo: event.cameo, mode: event.ploverMode, sourceSectors: event.source?.sectors ?? [], targetSectors: event.target?.sectors ?? [],
    source: (event.source?.text ?? '').toLowerCase(), target: (event.target?.text ?? '').toLowerCase(), words,
    trigger: `${trigger.text} | ${event.pattern}`.toLowerCase(),
    before: evidence.text.slice(Math.max(0, at - 60), at).toLowerCase(),
    after: evidence.text.slice(trigger.end - evidence.start, trigger.end - evidence.start + 40).toLowerCase(),
  };
}

/** The rule that labels an event: the first that matches, or an implicit "unmapped, political" rule. */
export function labelEvent(event: CodedEvent): LabelRule {
  const view = viewOf(event);
  for (const rule of LABEL_RULES) {
    if (rule.codes.some((p) => codeMatches(p, view.cameo)) && (!rule.when || rule.when(view))) return rule;
  }
  return { id: 'unmapped', codes: [], label: null, political: true };
}
