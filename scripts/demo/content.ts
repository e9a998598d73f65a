/**
 * Demo content seeded by `npm start`.
 *
 * Pure data plus a few tiny helpers, importing only the Worker's own slugify, so
 * the same module runs under Node (the seeding script) and inside workerd (tests).
 * Everything except the Kenya/Haiti seed article is fictional demo copy.
 */
import { slugify } from '../../src/content/slug';

/** A section (desk) that articles are filed under. */
export interface DemoSection { slug: string; name: string; description: string }

/** A byline author; `slug` is what articles reference. */
export interface DemoAuthor { slug: string; name: string; bio: string }

/** Text metadata for the seed article's hero image (the pixels come from hero-image.ts). */
export interface DemoHero { alt: string; caption: string; credit: string }

/** One article as the seeder should insert it. */
export interface DemoArticle {
  slug: string;
  headline: string;
  standfirst: string | null;
  body_html: string;
  section: string;
  tags: string[];
  authors: string[];
  status: 'published' | 'draft' | 'scheduled' | 'withdrawn';
  published_at: string | null;
  publish_at: string | null;
  withdrawn_reason: string | null;
  hero: DemoHero | null;
}

/** Slug of the article that carries the hero image and the related-article link. */
export const SEED_ARTICLE_SLUG = 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks';

// Shared by six published articles on purpose: keyset pagination must break
// ties on something other than published_at, and the tests need a real tie.
const MORNING_EDITION = '2023-10-02T09:00:00Z';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Paragraph strings below are trusted inline HTML (they may hold <a>, <em>,
// <strong>), which is why they are not escaped; the seed copy, which comes
// from an external text file, is.
type Block = string | { h2: string } | { h3: string } | { ul: string[] } | { ol: string[] } | { quote: string };

function renderBody(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (typeof b === 'string') return `<p>${b}</p>`;
      if ('h2' in b) return `<h2>${b.h2}</h2>`;
      if ('h3' in b) return `<h3>${b.h3}</h3>`;
      if ('ul' in b) return `<ul>${b.ul.map((li) => `<li>${li}</li>`).join('')}</ul>`;
      if ('ol' in b) return `<ol>${b.ol.map((li) => `<li>${li}</li>`).join('')}</ol>`;
      return `<blockquote><p>${b.quote}</p></blockquote>`;
    })
    .join('\n');
}

interface Story {
  headline: string;
  dek: string | null;
  section: string;
  by: string[];
  tags: string[];
  at: string;
  body: Block[];
}

function published(s: Story): DemoArticle {
  return {
    slug: slugify(s.headline),
    headline: s.headline,
    standfirst: s.dek,
    body_html: renderBody(s.body),
    section: s.section,
    tags: s.tags,
    authors: s.by,
    status: 'published',
    published_at: s.at,
    publish_at: null,
    withdrawn_reason: null,
    hero: null,
  };
}

const sections: DemoSection[] = [
  { slug: 'world', name: 'World', description: 'International news, diplomacy and conflict from our correspondents.' },
  { slug: 'politics', name: 'Politics', description: 'Legislatures, elections and the people running for office.' },
  { slug: 'business', name: 'Business', description: 'Markets, companies, jobs and the cost of living.' },
  { slug: 'technology', name: 'Technology', description: 'Software, security and the companies shaping the internet.' },
  { slug: 'science', name: 'Science', description: 'Research, health, climate and space.' },
  { slug: 'sport', name: 'Sport', description: 'Results, analysis and features from the field.' },
  { slug: 'culture', name: 'Culture', description: 'Books, film, music and the arts.' },
];

const authors: DemoAuthor[] = [
  { slug: 'byline-newsroom', name: 'Byline Newsroom', bio: 'Reporting from the Byline demo newsroom’s editors and wire desk.' },
  { slug: 'amara-okafor', name: 'Amara Okafor', bio: 'Amara Okafor is Byline’s world affairs correspondent, covering diplomacy and humanitarian crises.' },
  { slug: 'daniel-reyes', name: 'Daniel Reyes', bio: 'Daniel Reyes covers the legislature, city hall and elections.' },
  { slug: 'priya-nandakumar', name: 'Priya Nandakumar', bio: 'Priya Nandakumar writes about markets, trade and personal finance.' },
  { slug: 'tomas-lindqvist', name: 'Tomas Lindqvist', bio: 'Tomas Lindqvist is Byline’s technology editor, focused on security and software.' },
  { slug: 'helen-mwangi', name: 'Helen Mwangi', bio: 'Helen Mwangi reports on science, health and the environment.' },
  { slug: 'jonah-castell', name: 'Jonah Castell', bio: 'Jonah Castell covers football, athletics and cricket.' },
  { slug: 'lucia-ferraro', name: 'Lucia Ferraro', bio: 'Lucia Ferraro is Byline’s arts writer and film critic.' },
];

// Verbatim from /work/shared/seed/kenya-haiti-article.txt, minus site chrome.
const seedParagraphs: string[] = [
  'Kenya and Haiti officially established diplomatic relations on Wednesday, solidifying the ties between the two nations. This development comes months after Kenya agreed to deploy 1,000 police officers and lead a multinational police force in the crisis-hit Caribbean country.',
  'The establishment agreement was signed in the presence of President Ruto and Haiti Prime Minister Ariel Henry at the Kenyan Mission in New York, coinciding with President Ruto’s participation in the ongoing UNGA sessions, where he is expected to address the Haiti deployment among other critical issues.',
  'According to State House, Nairobi, this agreement will foster cooperation in various areas of mutual interest. President Ruto emphasized the need for a comprehensive approach, encompassing political, security, and developmental considerations, to effectively address the complex situation in Haiti.',
  'He reiterated Kenya’s commitment to spearheading a well-resourced and efficient multinational security support mission in Haiti. President Ruto further stated that Kenya, as a leading nation in the UN-backed security mission, is dedicated to deploying a specialized team tasked with assessing the situation comprehensively and formulating actionable strategies to pave the way for long-term solutions.',
  'Notably, Kenya had dispatched a team of officials in August to explore ways to assist Haiti in combating rampant gang violence. President Ruto’s commitment to deploying a specialized team indicates a determination to address the crisis more effectively.',
  'During the opening of the UNGA sessions on Monday, U.S. President Joe Biden commended President Ruto for taking on the leadership of this international police force, underscoring Kenya’s global role in promoting peace and security.',
  'The United Nations Security Council could vote on the multinational force for Haiti in about a week, Brian Nichols, U.S assistant secretary for western hemisphere affairs, said in an interview with Voice of America this week.',
  'The Haitian government first sought international assistance last October, but despite repeated calls from the United Nations, the request went unanswered until Kenya said it was prepared to lead such a group in August.',
  'As the prospect of a Haiti mission takes shape, calls are growing to ensure safeguards are in place to protect Haitians from the woes of past foreign interventions, most recently a UN peacekeeping mission marred by sexual abuse claims and links to a deadly cholera outbreak.',
  'Rights observers say such protections are even more urgent given Kenya’s own legacy of police abuse, which has come under renewed scrutiny.',
];

const RELATED_LINK =
  '<p><strong>Related:</strong> <a href="https://news.example.com/world/why-is-kenya-rushing-headlong-into-haiti-as-us-canada-watch" rel="noopener noreferrer nofollow">Why is Kenya Rushing Headlong into Haiti as US, Canada Watch?</a></p>';

const seedArticle: DemoArticle = {
  slug: SEED_ARTICLE_SLUG,
  headline: 'Kenya, Haiti Set Up Diplomatic Ties Amid Deployment Talks',
  standfirst:
    'The two countries formalised relations at the UN General Assembly as Kenya prepares to lead a multinational police mission to Haiti.',
  body_html: [
    ...seedParagraphs.slice(0, 4).map((p) => `<p>${escapeHtml(p)}</p>`),
    RELATED_LINK,
    ...seedParagraphs.slice(4).map((p) => `<p>${escapeHtml(p)}</p>`),
  ].join('\n'),
  section: 'world',
  tags: ['Kenya', 'Haiti', 'United Nations', 'Diplomacy', 'Security'],
  authors: ['byline-newsroom'],
  status: 'published',
  published_at: '2023-09-20T14:05:00Z',
  publish_at: null,
  withdrawn_reason: null,
  hero: {
    alt: 'Armed Haitian police officers on patrol in a street at dusk',
    caption: 'Haiti forces on a patroling mission',
    credit: 'Illustration: Byline demo',
  },
};

const stories: Story[] = [
  // ── World ──────────────────────────────────────────────────────────────
  {
    headline: 'Why is Kenya Rushing Headlong into Haiti as US, Canada Watch?',
    dek: 'Nairobi’s offer to lead a multinational police mission has drawn praise abroad and hard questions at home.',
    section: 'world',
    by: ['amara-okafor'],
    tags: ['Kenya', 'Haiti', 'United States', 'Canada'],
    at: '2023-08-30T11:20:00Z',
    body: [
      'Kenya’s offer to lead a multinational police force in Haiti has moved faster than many diplomats expected. Within weeks of the announcement, an assessment team had travelled to Port-au-Prince, and Nairobi was lobbying for a United Nations Security Council mandate that would put its officers at the head of the mission.',
      'For Washington and Ottawa, the offer resolved a long-running dilemma. Both governments have backed calls for outside help to restore order in Haiti, where armed gangs control large parts of the capital, but neither has shown an appetite for putting its own personnel in charge of an operation on the ground. Money, equipment and logistics, rather than officers, have been their preferred contribution.',
      'Supporters of the deployment in Kenya argue that it offers the country a chance to show leadership on the world stage and to build on its long record of contributing to peacekeeping missions. They also point to the prospect of outside funding, training and equipment for the officers who take part.',
      'Critics are less convinced. Opposition politicians and civil society groups have questioned whether the police service can spare 1,000 officers, whether the mission has a clear legal basis at home, and how officers who do not speak French or Haitian Creole will work alongside local communities. Some have also pointed to the service’s own record on the use of force.',
      'Much now depends on the wording of any Security Council resolution, the funding pledged by partners, and whether Kenyan courts and parliament are asked to weigh in. Until those questions are settled, the pace of Kenya’s diplomatic push may run ahead of the practical preparations needed to make the mission work.',
    ],
  },
  {
    headline: 'Pacific Island Nations Press for Faster Climate Finance at Regional Summit',
    dek: 'Leaders say promised adaptation money is arriving too slowly to protect low-lying communities from rising seas.',
    section: 'world',
    by: ['amara-okafor'],
    tags: ['Climate Change', 'Diplomacy', 'Oceans'],
    at: '2023-07-03T08:15:00Z',
    body: [
      'Leaders of a dozen Pacific island states ended a three-day summit with a joint call for wealthy countries to speed up the release of climate adaptation funds, warning that sea walls, water storage and relocation plans cannot wait for another round of negotiations.',
      'Delegates said applications for international funds can take years to process, and that small administrations lack the staff to navigate the paperwork. The final communique asks donors to create a simplified window for countries with populations under one million.',
      { quote: 'We are not asking for charity. We are asking for the money that was promised, delivered on a timeline that matches the tide tables.' },
      'That line, from the summit’s closing statement read by host delegate Sione Vaka, drew sustained applause. Observers noted that several donor representatives attended as guests but made no new pledges during the meeting.',
    ],
  },
  {
    headline: 'Drought Pushes Herders in East Africa to Move Weeks Earlier Than Usual',
    dek: 'Pastoralist families are travelling farther in search of pasture, raising the risk of conflict over water points.',
    section: 'world',
    by: ['amara-okafor', 'helen-mwangi'],
    tags: ['Climate Change', 'Agriculture', 'Kenya'],
    at: '2023-07-19T10:40:00Z',
    body: [
      'Herding families across the drylands of northern Kenya and neighbouring areas have begun their seasonal migrations several weeks ahead of schedule, after a fourth consecutive poor rainy season left grazing land bare.',
      'Local aid workers say the early movement is stretching shared water points and pushing herds into areas where agreements over grazing rights are fragile. In one district, community elders have set up a rota so that neighbouring groups water their animals on alternate days.',
      'Livestock prices have fallen as owners sell weaker animals before they die, while the price of maize in local markets has risen. Relief groups say cash transfers are the fastest way to help families bridge the gap, but funding for this year’s appeal is less than half of what was requested.',
    ],
  },
  {
    headline: 'Canada and US Expand Wildfire Crew Exchange as Season Drags On',
    dek: 'Extra firefighters and aircraft will be shared across the border through the end of October.',
    section: 'world',
    by: ['amara-okafor'],
    tags: ['Canada', 'United States', 'Climate Change', 'Diplomacy'],
    at: '2023-08-08T06:50:00Z',
    body: [
      'Fire agencies in Canada and the United States have agreed to extend and enlarge an arrangement that lets crews, equipment and water bombers move across the border at short notice, as one of the longest fire seasons on record shows few signs of ending.',
      'Under the expanded arrangement, teams can be deployed within 48 hours of a request, and the receiving agency covers food, lodging and fuel. Officials say the main benefit is speed: paperwork that once took days is now handled with a single standing agreement.',
      'Fire managers on both sides have warned that hotter, drier summers are lengthening the season at both ends, leaving less time for crews to rest and for equipment to be repaired between fires.',
      'The exchange also includes a training component, with instructors rotating between agencies to standardise radio procedures and safety briefings.',
    ],
  },
  {
    headline: 'UN Agencies Warn Funding Gap Threatens School Meals in the Sahel',
    dek: 'Programmes that feed more than two million children could be cut back from January without new pledges.',
    section: 'world',
    by: ['amara-okafor'],
    tags: ['United Nations', 'Education', 'Public Health'],
    at: '2023-08-21T16:00:00Z',
    body: [
      'United Nations agencies have warned that school feeding programmes across the Sahel face deep cuts early next year unless donors close a funding gap of several hundred million dollars.',
      'The meals, typically a bowl of cereal and pulses served at midday, are credited with keeping children, and especially girls, in the classroom in areas where families struggle to afford food. Teachers report that attendance drops sharply in weeks when deliveries are missed.',
      'Aid officials say rising food and fuel costs mean the same budget now buys fewer meals than it did two years ago. Some programmes have already shortened the number of school days on which food is served.',
      'The agencies are urging governments to treat school meals as part of education budgets rather than emergency relief, arguing that predictable funding would allow more food to be bought from local farmers.',
    ],
  },
  {
    headline: 'Caribbean Ports Tighten Cargo Screening After Spike in Weapons Seizures',
    dek: 'Customs officials are adding scanners and sharing data as they try to stem the flow of firearms to armed groups.',
    section: 'world',
    by: ['amara-okafor'],
    tags: ['Haiti', 'Security', 'Trade', 'United States'],
    at: '2023-09-05T09:30:00Z',
    body: [
      'Customs authorities at several Caribbean ports are stepping up inspections of shipping containers after a rise in seizures of firearms and ammunition hidden among household goods, used clothing and spare parts.',
      'Officials say many of the weapons are bought legally in the United States and shipped south in small consignments that are hard to spot among the thousands of containers handled each week. Haiti, where armed groups control large parts of the capital, is among the most common destinations.',
      'New mobile scanners are being installed at two of the region’s busiest terminals, and customs agencies have begun sharing shipping manifests so that suspicious consignments can be flagged before they arrive.',
      'Shipping companies have warned that slower inspections could add to delivery times, but port operators say the extra checks are targeted and should affect only a small share of cargo.',
    ],
  },
  {
    headline: 'Port Workers in Northern Europe Vote to End Week-Long Strike',
    dek: 'A deal on shift patterns and pay clears a backlog of ships waiting to unload.',
    section: 'world',
    by: ['priya-nandakumar'],
    tags: ['Trade', 'Transport'],
    at: '2023-09-27T12:00:00Z',
    body: [
      'Dock workers at three container terminals voted by a large margin to accept a revised pay offer, ending a week-long strike that left dozens of vessels anchored offshore.',
      'The agreement includes a pay rise spread over two years and new limits on consecutive night shifts, which the union had identified as its main safety concern. Terminal operators said work would resume with the next shift.',
      'Freight forwarders expect it to take about ten days to clear the backlog, with refrigerated cargo and medical supplies given priority.',
    ],
  },
  {
    headline: 'Aid Convoys Reach Mountain Villages Cut Off by Landslides',
    dek: 'Road crews cleared the last blocked pass overnight, allowing food and medicine through for the first time in nine days.',
    section: 'world',
    by: ['amara-okafor'],
    tags: ['Public Health', 'Climate Change'],
    at: MORNING_EDITION,
    body: [
      'The first aid convoys in more than a week reached a cluster of mountain villages on Sunday after road crews cleared the final landslide blocking the only route into the valley.',
      'Trucks carried rice, cooking oil, water purification tablets and medical kits. Health workers travelling with the convoy said their priority was to check on elderly residents and pregnant women, and to restock a small clinic that had run out of basic medicines.',
      'Several days of unusually heavy rain triggered dozens of slides across the region. Engineers say the slopes remain unstable and that the road may need to be closed again if more rain falls.',
      'Local officials have asked for helicopters to be kept on standby, and are drawing up plans to pre-position supplies in the villages before the next rainy season.',
    ],
  },
  {
    headline: 'Coastal Cities Sign Pact to Share Early-Warning Data on Storm Surges',
    dek: null,
    section: 'world',
    by: ['amara-okafor', 'helen-mwangi'],
    tags: ['Oceans', 'Climate Change', 'Diplomacy'],
    at: '2023-10-17T13:10:00Z',
    body: [
      'Representatives of eighteen coastal cities have signed an agreement to share tide-gauge readings, weather-model output and evacuation plans, in an effort to give residents more warning before storm surges hit.',
      'The pact, negotiated over two years, commits cities to publishing their sensor data in a common format and to running at least one joint exercise a year. Smaller cities, which often lack their own forecasting staff, will be able to draw on the models run by larger members.',
      'Emergency planners say even an extra hour of warning can make a significant difference, particularly for hospitals and care homes that need time to move patients.',
      'The agreement is voluntary and carries no funding, but its backers hope regional development banks will support the purchase of sensors for members that cannot afford them.',
    ],
  },
  {
    headline: 'Border Town Markets Reopen as Cross-Border Trade Resumes',
    dek: 'Traders welcome the return of customers after a five-month closure, though checkpoints remain tightly controlled.',
    section: 'world',
    by: ['amara-okafor'],
    tags: ['Trade', 'Security'],
    at: '2023-10-29T18:45:00Z',
    body: [
      'Stallholders in a busy border town unrolled their awnings on Saturday for the first market day since the crossing was closed in the spring, selling fabrics, grain, mobile phones and livestock to customers from both sides.',
      'The reopening follows an agreement between the two governments on joint patrols and new rules for registering vehicles. Traders must now carry a permit, and goods are inspected at a single shared checkpoint rather than at separate posts a few hundred metres apart.',
      'Shopkeepers said footfall was still below normal, partly because many customers had found other suppliers during the closure. “It will take a few weeks for people to trust that it will stay open,” said Fatou Diallo, who sells cooking pots and utensils.',
    ],
  },

  // ── Politics ───────────────────────────────────────────────────────────
  {
    headline: 'City Council Approves Overhaul of Zoning Rules to Allow More Apartments',
    dek: 'The changes permit small apartment buildings near transit stops in neighbourhoods once reserved for single houses.',
    section: 'politics',
    by: ['daniel-reyes'],
    tags: ['Housing', 'Transport'],
    at: '2023-07-06T11:00:00Z',
    body: [
      'The city council voted 9 to 4 on Wednesday night to approve the most significant changes to its zoning code in three decades, allowing buildings of up to four storeys within a ten-minute walk of rail and rapid bus stops.',
      'Supporters argued that the city cannot tackle rising rents without building more homes near existing transit. Opponents, including several members representing suburban wards, said the plan moved too quickly and would strain schools and parking.',
      'An amendment adopted late in the debate requires developers of larger projects to set aside a share of units at below-market rents, or to pay into a housing fund instead.',
      'The new rules take effect in January. Planning officials expect the first applications under the code to be filed early next year.',
    ],
  },
  {
    headline: 'Voter Registration Drive Targets First-Time Voters Ahead of Autumn Elections',
    dek: 'Volunteers are setting up tables at colleges, sports grounds and music venues to sign up young residents.',
    section: 'politics',
    by: ['daniel-reyes'],
    tags: ['Elections', 'Education'],
    at: '2023-07-14T07:30:00Z',
    body: [
      'A coalition of student unions and civic groups has launched a summer-long drive to register first-time voters, with a goal of signing up 50,000 residents before the deadline in September.',
      'Organisers say young people are far more likely to register when someone hands them a form in person than when they are directed to a website. Tables will appear at college enrolment days, football matches and outdoor concerts.',
      'Election officials welcomed the effort but reminded volunteers that completed forms must be returned within ten days. The coalition says it has trained more than 400 volunteers in the rules.',
    ],
  },
  {
    headline: 'Lawmakers Clash Over Plan to Cap Annual Rent Increases',
    dek: 'Tenant advocates say a cap would offer stability; landlords warn it would choke off new building.',
    section: 'politics',
    by: ['daniel-reyes'],
    tags: ['Housing', 'Elections'],
    at: '2023-07-28T15:20:00Z',
    body: [
      'A proposal to limit annual rent increases to five per cent plus inflation drew a crowd of several hundred people to a committee hearing on Thursday, with tenants and landlords lining up for hours to testify.',
      'The bill’s sponsors say renters are being forced out of neighbourhoods where they have lived for years by sudden increases of 20 per cent or more. Property owners’ groups argue that caps discourage investment and lead to poorer maintenance.',
      'Several economists who testified said the design of the cap matters more than the headline number, pointing to exemptions for new construction as a way to reduce the risk of discouraging building.',
      'With an election three months away, the committee chair said a vote was unlikely before the autumn session.',
    ],
  },
  {
    headline: 'Opposition Unveils Energy Plan Centred on Rooftop Solar',
    dek: 'The proposal would offer low-interest loans to households and schools that install panels and batteries.',
    section: 'politics',
    by: ['daniel-reyes', 'priya-nandakumar'],
    tags: ['Energy', 'Climate Change', 'Elections'],
    at: '2023-08-16T09:45:00Z',
    body: [
      'The main opposition party set out its energy platform on Tuesday, promising a loan scheme to help 200,000 households install rooftop solar panels and home batteries over five years.',
      'Party leader Marta Kovac said the plan would cut bills and reduce strain on the grid during summer peaks. The party estimates the scheme would cost about 1.2 billion in its first term, with most of the money repaid by borrowers.',
      'The governing coalition dismissed the figures as unrealistic and said its own programme of grid upgrades would do more to bring down prices.',
      'Energy analysts said both parties had so far said little about how to pay for the transmission lines needed to connect new wind and solar farms, which they described as the real bottleneck.',
    ],
  },
  {
    headline: 'Election Officials Outline Safeguards for New Electronic Poll Books',
    dek: 'Paper backups will be kept at every polling station after a trial run exposed connectivity problems.',
    section: 'politics',
    by: ['daniel-reyes', 'tomas-lindqvist'],
    tags: ['Elections', 'Cybersecurity'],
    at: '2023-09-01T12:30:00Z',
    body: [
      'Election officials on Thursday described the measures they will use to protect the electronic poll books being introduced at polling stations this autumn, after a pilot in the spring produced long queues when tablets lost their connection.',
      'Each polling station will now keep a printed copy of its voter list, and the tablets will be able to work offline and synchronise later. Officials stressed that the devices are used only to check in voters and play no part in counting ballots.',
      'An independent security review commissioned by the election office recommended disabling all wireless features other than an encrypted link to the central register. The office says it has accepted all of the review’s recommendations.',
    ],
  },
  {
    headline: 'Transit Funding Bill Stalls as Rural Members Seek Road Money',
    dek: null,
    section: 'politics',
    by: ['daniel-reyes'],
    tags: ['Transport'],
    at: '2023-09-14T17:00:00Z',
    body: [
      'A bill to fund new bus lanes and rail upgrades in the capital region stalled on Wednesday after lawmakers from rural districts said they would not support it without a matching commitment to repair roads and bridges in their areas.',
      'Negotiators said they were close to a compromise that would set aside a fixed share of the money for rural projects, but disagreements remain over whether the funds could be used for new roads or only for maintenance.',
      'Transit advocates warned that any delay risks losing federal matching grants that require the state’s share to be approved by the end of the year.',
    ],
  },
  {
    headline: 'Five Things to Watch as the Legislature Returns From Recess',
    dek: 'Housing, energy prices and a fight over election rules top an agenda that must be cleared before the autumn vote.',
    section: 'politics',
    by: ['daniel-reyes'],
    tags: ['Elections', 'Housing', 'Energy'],
    at: MORNING_EDITION,
    body: [
      'Lawmakers return to the capital this week for a short session that will be dominated by the looming election. Here is what to watch.',
      { h2: 'The agenda' },
      {
        ol: [
          '<strong>Rent caps.</strong> The committee vote on annual limits has been postponed twice; its sponsors say they now have the numbers.',
          '<strong>Energy bills.</strong> Both parties want to be seen acting before winter, but disagree on whether to subsidise bills or invest in the grid.',
          '<strong>Transit funding.</strong> A compromise on rural road money may finally unlock the capital region bill.',
          '<strong>Election rules.</strong> A proposal to extend early voting by three days faces a close vote.',
          '<strong>The budget.</strong> A mid-year update is due, and lower tax receipts could force uncomfortable choices.',
        ],
      },
      'Party managers expect most of the time to go on the first two items, which have the most direct bearing on household budgets and have featured heavily in both sides’ campaign material.',
      'The session is scheduled to last four weeks, though leaders of both parties have said they expect it to end early so that members can return to their districts to campaign.',
    ],
  },
  {
    headline: 'Mayoral Candidates Spar Over Housing and Transit in First Debate',
    dek: 'The three leading candidates agreed the city needs more homes, and on little else.',
    section: 'politics',
    by: ['daniel-reyes'],
    tags: ['Elections', 'Housing', 'Transport'],
    at: '2023-10-11T10:15:00Z',
    body: [
      'The first televised debate of the mayoral race turned into a lively argument about how fast the city should grow, with each candidate accusing the others of offering slogans instead of plans.',
      'Council member Ruth Adeyemi defended the recent zoning overhaul and promised to speed up permits. Businessman Colin Marsh said the city should focus on cutting fees for builders, while former transit director Inés Salgado argued that new housing would only work if bus services were improved at the same time.',
      'On public safety, the candidates largely agreed on adding community officers to the transit system, though they differed on how to pay for them.',
      'Two further debates are scheduled before polling day. Early surveys suggest a large share of voters have yet to make up their minds.',
    ],
  },
  {
    headline: 'Parliamentary Committee Calls for Review of Foreign Aid Spending',
    dek: 'Members want clearer reporting on results after a decade of shifting priorities.',
    section: 'politics',
    by: ['daniel-reyes', 'amara-okafor'],
    tags: ['Diplomacy', 'United Nations'],
    at: '2023-10-24T08:00:00Z',
    body: [
      'A cross-party committee has recommended an independent review of the country’s foreign aid budget, saying it is too difficult to tell how money channelled through multilateral agencies is being spent.',
      'The committee’s report praises the quality of several bilateral programmes, particularly in maternal health, but says contributions to United Nations funds are reported in a way that makes it hard to link spending to results.',
      'It recommends publishing an annual results report and setting aside a fixed share of the budget for long-term programmes, which members said are often squeezed by emergency appeals.',
      'The government has two months to respond to the recommendations.',
    ],
  },

  // ── Business ───────────────────────────────────────────────────────────
  {
    headline: 'Central Bank Holds Rates Steady but Signals One More Increase Possible',
    dek: 'Policymakers said inflation is easing but remains too high, particularly in services.',
    section: 'business',
    by: ['priya-nandakumar'],
    tags: ['Interest Rates', 'Housing'],
    at: '2023-07-10T13:00:00Z',
    body: [
      'The central bank left its benchmark interest rate unchanged on Monday, pausing after ten consecutive increases, but warned that it could raise borrowing costs again if price pressures do not continue to ease.',
      'In a statement, the bank said goods inflation had fallen sharply as supply chains recovered, but that prices for services such as rents, insurance and restaurant meals were still rising quickly.',
      'Mortgage lenders said the decision would bring some relief to borrowers coming off fixed-rate deals, though many will still face significantly higher payments than they did two years ago.',
      'Markets had expected the pause. Bond yields fell slightly after the announcement, while the currency was little changed.',
    ],
  },
  {
    headline: 'Grain Exporters Brace for Higher Shipping Costs as Insurance Premiums Rise',
    dek: 'War-risk cover for some routes has tripled since the spring, traders say.',
    section: 'business',
    by: ['priya-nandakumar'],
    tags: ['Agriculture', 'Trade', 'Transport'],
    at: '2023-07-24T09:00:00Z',
    body: [
      'Grain exporters are warning that rising insurance premiums for vessels crossing contested waters will push up the cost of wheat and maize for importing countries, many of which are already struggling with high food prices.',
      'Brokers say the extra premium for a single voyage can now add several dollars to the cost of each tonne of grain. Some shipowners have stopped offering charters on the affected routes altogether.',
      'Importers in North Africa and the Middle East are expected to feel the effects first. Analysts say global stocks are comfortable for now, which should limit any price spike, but warn that poorer countries with little storage capacity are most exposed.',
    ],
  },
  {
    headline: 'Small Businesses Report Easing Supply Chain Delays, Survey Finds',
    dek: 'Fewer firms say they are waiting for parts, but hiring remains their biggest headache.',
    section: 'business',
    by: ['priya-nandakumar'],
    tags: ['Trade'],
    at: '2023-08-04T14:30:00Z',
    body: [
      'The share of small businesses reporting delays in receiving goods from suppliers has fallen to its lowest level in three years, according to a quarterly survey of more than 1,500 firms.',
      'Just over a quarter of respondents said deliveries were taking longer than normal, down from more than half at the peak of the disruption. Manufacturers reported the biggest improvement, while restaurants and retailers said shortages of some imported goods persisted.',
      'Finding and keeping staff has replaced supply problems as the most common concern. Nearly four in ten firms said they had unfilled vacancies, and many said they had raised wages to compete.',
      'The survey also found that more businesses now keep larger inventories than before the pandemic, a shift that ties up cash but which owners say gives them more flexibility.',
    ],
  },
  {
    headline: 'Mortgage Approvals Fall to Lowest Level in Nine Months',
    dek: 'Higher borrowing costs continue to cool the housing market.',
    section: 'business',
    by: ['priya-nandakumar'],
    tags: ['Housing', 'Interest Rates'],
    at: '2023-08-21T16:00:00Z',
    body: [
      'Banks approved fewer mortgages for home purchases in July than in any month since last October, figures published on Monday showed, as higher interest rates continued to weigh on demand.',
      'Average asking prices dipped slightly for a second month, with the biggest falls for larger family homes. Estate agents report that buyers are taking longer to decide and negotiating harder on price.',
      'Remortgaging activity, by contrast, rose as households rushed to lock in new deals before their existing fixed rates expire.',
    ],
  },
  {
    headline: 'Battery Maker Plans $2 Billion Plant, Promising 1,800 Jobs',
    dek: 'The factory would supply cells for electric buses and grid storage from 2026.',
    section: 'business',
    by: ['priya-nandakumar', 'tomas-lindqvist'],
    tags: ['Energy', 'Transport'],
    at: '2023-09-08T07:00:00Z',
    body: [
      'Voltaro, a battery manufacturer, said on Friday it would build a $2 billion factory on the site of a former steelworks, creating about 1,800 jobs when it reaches full production.',
      'The plant will make lithium iron phosphate cells, a chemistry that is cheaper and less prone to overheating than the cells used in many electric cars, though it stores less energy for its weight. The company says most of the output will go to bus makers and utilities building grid-scale storage.',
      'Local officials said the project had been helped by a package of tax credits and a new rail link to the site. Construction is due to start next spring.',
      'Union leaders welcomed the announcement but said they would push for the jobs to be covered by collective agreements.',
    ],
  },
  {
    headline: 'Coffee Prices Climb as Growers Count the Cost of Erratic Rains',
    dek: 'Smaller harvests in several producing countries are feeding through to wholesale prices.',
    section: 'business',
    by: ['priya-nandakumar', 'helen-mwangi'],
    tags: ['Agriculture', 'Climate Change'],
    at: '2023-09-19T11:45:00Z',
    body: [
      'Wholesale prices for high-quality arabica coffee have risen by about 15 per cent since June, as growers in several producing regions report smaller harvests after rains arrived late or fell in short, heavy bursts.',
      'Farmers say the uneven rainfall causes cherries to ripen at different times on the same tree, making harvesting slower and more expensive. Some cooperatives have reported higher levels of pests that thrive in warmer conditions.',
      'Roasters have so far absorbed most of the increase, but several have warned that retail prices will rise in the coming months.',
      'Agronomists are encouraging farmers to plant shade trees and switch to more heat-tolerant varieties, changes that can take several years to pay off.',
    ],
  },
  {
    headline: 'Retailers Cut Autumn Hiring Plans as Shoppers Grow Cautious',
    dek: 'Seasonal recruitment is expected to be the weakest since 2019.',
    section: 'business',
    by: ['priya-nandakumar'],
    tags: ['Interest Rates'],
    at: MORNING_EDITION,
    body: [
      'Large retailers are planning to hire fewer seasonal workers this autumn than last year, according to an industry survey, as higher borrowing costs and stubborn prices lead households to cut back on discretionary spending.',
      'Department stores and electronics chains reported the sharpest reductions. Grocers and discount retailers, which have gained customers as shoppers trade down, said their hiring plans were broadly unchanged.',
      'Recruitment firms say workers who do find seasonal jobs can expect slightly higher hourly pay, as employers compete for experienced staff in a labour market that remains tight.',
    ],
  },
  {
    headline: 'Fintech Start-Up Raises $40 Million to Expand Mobile Payments in East Africa',
    dek: 'The Nairobi-based company plans to launch in three more countries next year.',
    section: 'business',
    by: ['priya-nandakumar'],
    tags: ['Startups', 'Kenya'],
    at: '2023-10-13T15:00:00Z',
    body: [
      'Pesaflow, a Nairobi-based start-up that lets small shops accept payments and manage stock from a basic mobile phone, has raised $40 million in a funding round led by a group of regional and international investors.',
      'The company says about 90,000 merchants use its service, most of them small grocery stores and market stalls. It makes money by charging a small fee on each transaction and by offering short-term loans based on merchants’ sales history.',
      'Chief executive Wanjiru Kamau said the money would be used to expand into three more countries and to hire engineers. The round is one of the largest for an African fintech company this year, at a time when venture funding across the continent has fallen sharply.',
    ],
  },
  {
    headline: 'Airlines Add Winter Routes as Travel Demand Holds Up',
    dek: 'Carriers are betting that leisure travellers will keep spending despite higher fares.',
    section: 'business',
    by: ['priya-nandakumar'],
    tags: ['Transport', 'Trade'],
    at: '2023-10-26T12:20:00Z',
    body: [
      'Airlines are adding routes and flights to their winter schedules, betting that strong demand for leisure travel will outlast the squeeze on household budgets.',
      'Several carriers reported that bookings for the December holidays were ahead of last year, with sun destinations and city breaks particularly popular. Business travel has recovered more slowly, though corporate bookings have picked up since the summer.',
      'Fares remain well above pre-pandemic levels. Airlines point to higher fuel and staff costs, while analysts say a shortage of new aircraft, caused by delays at manufacturers, is also keeping capacity tight.',
      'Airport operators have warned that staffing at security checkpoints will need to keep pace with the extra flights to avoid a repeat of last year’s queues.',
    ],
  },

  // ── Technology ─────────────────────────────────────────────────────────
  {
    headline: 'Newsrooms Test AI Tools for Transcription but Keep Humans on the Desk',
    dek: 'Editors say automated transcripts save hours, but every quote is still checked against the recording.',
    section: 'technology',
    by: ['tomas-lindqvist'],
    tags: ['Artificial Intelligence'],
    at: '2023-07-12T10:00:00Z',
    body: [
      'Newsrooms of all sizes are adopting speech-to-text tools to transcribe interviews and press conferences, a task that once took reporters hours, according to a survey of editors across a dozen countries.',
      'Most respondents said they had set firm rules: automated transcripts can be used to find material quickly, but quotes must be checked against the original audio before publication. Several said the tools struggled with accents, crosstalk and technical vocabulary.',
      'Fewer newsrooms are using AI to write copy. Those that do mostly limit it to routine items such as weather summaries and sports results, and label the output clearly.',
    ],
  },
  {
    headline: 'Hospital Network Restores Systems After Ransomware Attack',
    dek: 'Staff reverted to paper records for nine days while engineers rebuilt servers from backups.',
    section: 'technology',
    by: ['tomas-lindqvist', 'helen-mwangi'],
    tags: ['Cybersecurity', 'Public Health'],
    at: '2023-07-26T16:30:00Z',
    body: [
      'A regional hospital network said on Wednesday that its electronic patient records and scheduling systems were back online, nine days after a ransomware attack forced staff to switch to paper and divert some ambulances to neighbouring hospitals.',
      'The network said it had not paid a ransom and had rebuilt affected servers from backups. An investigation into whether patient data was taken is continuing, and the network has notified the data protection regulator.',
      'Security specialists said the incident showed the value of keeping offline backups and practising manual procedures. Nurses described the paper-based period as exhausting but said long-serving colleagues who remembered the old systems had been invaluable.',
      'Routine appointments that were postponed during the outage are being rescheduled over the next six weeks.',
    ],
  },
  {
    headline: 'Open-Source Developers Patch Widely Used Library After Flaw Disclosure',
    dek: 'Maintainers urge projects that bundle the code to update as soon as possible.',
    section: 'technology',
    by: ['tomas-lindqvist'],
    tags: ['Cybersecurity'],
    at: '2023-08-09T08:30:00Z',
    body: [
      'Volunteer maintainers of a popular open-source library for parsing image files released a fix on Tuesday for a flaw that could allow a specially crafted file to crash an application or, in some cases, run malicious code.',
      'The library is embedded in thousands of other projects, from web browsers to photo-editing apps, which means many users will depend on those projects shipping updates of their own. Security teams at several large software companies said they were already testing the patch.',
      'The flaw was reported privately by a university researcher, who agreed to delay publication for 60 days to give maintainers time to prepare a fix. The episode has renewed calls for companies that rely on open-source code to fund its upkeep.',
    ],
  },
  {
    headline: 'Phone Makers Bet on AI Models That Run Without the Cloud',
    dek: 'Smaller models promise faster responses and better privacy, at the cost of some capability.',
    section: 'technology',
    by: ['tomas-lindqvist'],
    tags: ['Artificial Intelligence', 'Startups'],
    at: '2023-08-24T12:00:00Z',
    body: [
      'Smartphone makers and a crop of start-ups are racing to shrink AI language and image models so that they can run entirely on a handset, rather than sending every request to a distant data centre.',
      'Running models on the device means features such as summarising messages or cleaning up photos can work without a network connection, and without personal data leaving the phone. It also saves the companies the cost of running large numbers of servers.',
      'The trade-off is capability: models small enough to fit in a phone’s memory are less accurate than their larger cousins, and running them drains the battery. Chip designers are responding with dedicated processors built for this kind of work.',
      'Analysts expect most new premium phones to ship with on-device AI features within two years.',
    ],
  },
  {
    headline: 'Satellite Internet Reaches Remote Schools in Pilot Programme',
    dek: 'Teachers in forty rural schools can now stream lessons and download materials.',
    section: 'technology',
    by: ['tomas-lindqvist'],
    tags: ['Education', 'Space'],
    at: '2023-09-06T14:15:00Z',
    body: [
      'Forty rural schools that previously had no reliable internet connection have been connected to low-orbit satellite broadband as part of a two-year pilot funded by the education ministry and a group of charities.',
      'Teachers say the change has been immediate: lessons can draw on online video, and pupils preparing for exams can download past papers. Several schools have opened their computer rooms to parents in the evenings.',
      'The ministry will evaluate the costs before deciding whether to extend the scheme. The terminals are cheap to install, but monthly fees are higher than for fixed broadband, and some schools have had to buy solar panels and batteries to keep equipment running during power cuts.',
    ],
  },
  {
    headline: 'How Password-Free Sign-Ins Work, and Why Banks Are Adopting Them',
    dek: 'Passkeys replace something you remember with something your device holds. Here is what changes for users.',
    section: 'technology',
    by: ['tomas-lindqvist'],
    tags: ['Cybersecurity'],
    at: '2023-09-21T09:20:00Z',
    body: [
      'Several banks have begun offering customers the option to sign in with a <em>passkey</em> instead of a password. The technology has been available for some time, but large institutions are only now switching it on.',
      { h2: 'What is a passkey?' },
      'A passkey is a pair of cryptographic keys. The private key stays on your phone or computer, unlocked with a fingerprint, face scan or PIN; the website only ever sees the public key. Because there is no shared secret, there is nothing for a phishing site to steal.',
      { h2: 'What changes for customers' },
      {
        ul: [
          'No password to remember or reset.',
          'Fake sign-in pages cannot capture anything useful.',
          'Passkeys can sync between devices from the same manufacturer, and can be used to sign in on a borrowed computer via a phone.',
        ],
      },
      'Banks say they will keep existing sign-in methods available while customers get used to the change. Security researchers recommend setting up a passkey on more than one device in case one is lost. A plain-language guide is available from the <a href="https://news.example.com/technology" rel="noopener noreferrer nofollow">Byline technology desk</a>.',
    ],
  },
  {
    headline: 'Start-Ups Turn to Edge Computing to Cut Latency for Live Video',
    dek: 'Running code close to viewers is helping small companies compete with the giants on streaming quality.',
    section: 'technology',
    by: ['tomas-lindqvist'],
    tags: ['Startups'],
    at: MORNING_EDITION,
    body: [
      'A growing number of start-ups building live video products, from auctions to fitness classes, are running parts of their software on networks of small data centres spread around the world, rather than in a handful of large ones.',
      'Processing video and chat close to viewers can shave hundreds of milliseconds off the delay between a presenter speaking and an audience hearing them, which matters when viewers are bidding or following along in real time.',
      'Founders say the approach also lets small teams avoid managing servers. The drawback is that such platforms impose limits on memory and running time, forcing developers to rethink how their applications are built.',
      'Investors say edge-first companies have become a noticeable share of the pitches they hear, though few have yet reached significant scale.',
    ],
  },
  {
    headline: 'Regulators Propose Labels for AI-Generated Images in Political Ads',
    dek: 'Campaigns would have to disclose synthetic content in a clearly visible notice.',
    section: 'technology',
    by: ['tomas-lindqvist', 'daniel-reyes'],
    tags: ['Artificial Intelligence', 'Elections'],
    at: '2023-10-18T11:00:00Z',
    body: [
      'The electoral regulator has proposed rules that would require political advertisers to label any images, audio or video that have been generated or substantially altered using artificial intelligence.',
      'Under the draft, the label would have to appear on screen for the duration of a video and be read aloud in audio adverts. Minor edits such as colour correction would be exempt.',
      'Campaign groups broadly welcomed the proposal, though some questioned how it would be enforced for content shared by supporters rather than by campaigns themselves. The regulator said it would consult on the rules until the end of November.',
    ],
  },
  {
    headline: 'Electric Bus Fleet Gets Software Update to Squeeze Out More Range',
    dek: 'Smarter heating and regenerative braking settings add about 12 per cent to daily range.',
    section: 'technology',
    by: ['tomas-lindqvist'],
    tags: ['Transport', 'Energy'],
    at: '2023-10-30T16:40:00Z',
    body: [
      'The city’s transit agency has pushed a software update to its fleet of 160 electric buses that it says will add roughly 12 per cent to their daily range, reducing the need for buses to return to the depot to charge in the middle of the day.',
      'The update changes how the buses heat their cabins, pre-warming them while still plugged in overnight, and tunes regenerative braking to recover more energy on the city’s hilly routes.',
      'Drivers were consulted on the braking changes after early tests produced complaints that the buses slowed too abruptly when drivers lifted off the accelerator. The agency says it will publish a full assessment after the winter.',
    ],
  },

  // ── Science ────────────────────────────────────────────────────────────
  {
    headline: 'Coral Reefs Show Early Signs of Recovery After Marine Heatwave',
    dek: 'Surveys find new growth on reefs that bleached two summers ago, but scientists warn the respite may be brief.',
    section: 'science',
    by: ['helen-mwangi'],
    tags: ['Oceans', 'Climate Change'],
    at: '2023-07-05T09:10:00Z',
    body: [
      'Divers surveying a stretch of reef that was badly bleached during a marine heatwave two years ago have found encouraging signs of recovery, with young corals settling on dead skeletons and fast-growing species regaining lost ground.',
      'The team recorded live coral cover about a third higher than in the survey immediately after the heatwave. Recovery was strongest on reefs with clearer water and healthy populations of grazing fish, which keep algae in check.',
      'The researchers cautioned that the fastest-growing corals are also among the most vulnerable to heat, and that another heatwave could undo the gains. Ocean temperatures in the region are forecast to be above average this year.',
    ],
  },
  {
    headline: 'Researchers Map Hidden Groundwater Reserves Beneath Dry Plains',
    dek: 'Airborne surveys reveal aquifers that could supply farms and towns, if used with care.',
    section: 'science',
    by: ['helen-mwangi'],
    tags: ['Agriculture', 'Climate Change'],
    at: '2023-07-21T13:40:00Z',
    body: [
      'Geologists using instruments towed beneath a helicopter have mapped a series of aquifers beneath a semi-arid plain, some holding water that may have accumulated over thousands of years.',
      'The technique measures how easily electrical currents pass through the ground, which changes depending on whether rock is dry or saturated with water. The surveys were checked against a small number of test boreholes.',
      'Hydrologists stressed that some of the water is effectively fossil water that would take centuries to replenish. They recommended that any extraction be metered and limited to drinking water and high-value crops.',
      'The maps will be made publicly available so that local authorities can use them in planning.',
    ],
  },
  {
    headline: 'New Telescope Captures Detailed Images of a Distant Star Nursery',
    dek: 'The first public images from the observatory show filaments of gas and dust where new stars are forming.',
    section: 'science',
    by: ['helen-mwangi'],
    tags: ['Space'],
    at: '2023-08-11T10:30:00Z',
    body: [
      'A newly commissioned ground-based telescope has released its first public images, including a detailed view of a cloud of gas and dust where hundreds of young stars are forming.',
      'The images reveal long filaments of material and bright knots where gravity is pulling gas together. Astronomers say the sharpness of the images, achieved with a system that corrects for turbulence in the atmosphere, rivals some space telescopes at certain wavelengths.',
      'The observatory will spend its first year on a survey of nearby star-forming regions, with data released to researchers worldwide after a twelve-month proprietary period.',
    ],
  },
  {
    headline: 'Vaccine Trial for Childhood Respiratory Virus Moves to Final Phase',
    dek: 'Earlier results suggested the vaccine sharply reduced hospital admissions among infants.',
    section: 'science',
    by: ['helen-mwangi'],
    tags: ['Public Health'],
    at: '2023-08-29T15:00:00Z',
    body: [
      'A vaccine designed to protect infants against a common respiratory virus, a leading cause of hospital admissions in babies, has entered the final phase of clinical trials, with about 12,000 participants to be enrolled across several countries.',
      'In an earlier, smaller trial, the vaccine given to pregnant women reduced hospital admissions among their babies in the first three months of life by more than half. Side effects were mostly mild, such as soreness at the injection site.',
      'Paediatricians say a successful vaccine could ease the pressure that the virus places on children’s wards every winter. Results from the final trial are expected in about two years.',
    ],
  },
  {
    headline: 'Lunar Lander Mission Sends Back First Soil Readings',
    dek: 'Instruments aboard the robotic lander detected traces of sulphur and measured surface temperatures near the south pole.',
    section: 'science',
    by: ['helen-mwangi'],
    tags: ['Space'],
    at: '2023-09-13T08:00:00Z',
    body: [
      'A robotic lander that touched down near the Moon’s south pole has sent back its first measurements of the surrounding soil, including readings that mission scientists say point to the presence of sulphur.',
      { h2: 'Why the south pole matters' },
      'The region is of intense interest because permanently shadowed craters nearby are thought to hold water ice, which future missions could use for drinking water, oxygen and rocket fuel.',
      { h3: 'What the instruments found' },
      {
        ul: [
          'Surface temperatures that vary by more than 60 degrees Celsius within a few centimetres of depth.',
          'Traces of sulphur, aluminium, calcium and iron in the soil.',
          'Faint seismic signals that may come from small impacts.',
        ],
      },
      'The lander is solar-powered and is expected to operate for about two weeks, until the lunar night begins.',
    ],
  },
  {
    headline: 'Ocean Buoys Record Warmest September Surface Temperatures on Record',
    dek: 'Readings from a global network of floats show heat building across several ocean basins.',
    section: 'science',
    by: ['helen-mwangi'],
    tags: ['Oceans', 'Climate Change'],
    at: '2023-09-27T12:00:00Z',
    body: [
      'Average sea surface temperatures last month were the highest for any September since systematic measurements began, according to an analysis of data from thousands of drifting floats and moored buoys.',
      'Scientists say the record reflects long-term warming combined with a natural climate pattern that releases heat from the tropical Pacific. Large areas of the North Atlantic were also unusually warm.',
      'Warmer seas can fuel more intense storms, stress fish populations and trigger coral bleaching. Researchers said they were particularly watching areas where warm surface water is reducing the mixing that brings nutrients up from the deep.',
      'The analysis will be updated monthly, with a full-year assessment due in January.',
    ],
  },
  {
    headline: 'Scientists Use Machine Learning to Spot Crop Disease From Drone Photos',
    dek: 'A model trained on thousands of labelled images flagged infected cassava plants weeks before symptoms were obvious to farmers.',
    section: 'science',
    by: ['helen-mwangi', 'tomas-lindqvist'],
    tags: ['Artificial Intelligence', 'Agriculture'],
    at: MORNING_EDITION,
    body: [
      'Agricultural researchers have trained a machine-learning model to identify signs of viral disease in cassava plants from images taken by low-cost drones, potentially giving farmers weeks of extra warning.',
      'The model looks for subtle changes in leaf colour and shape that are hard to see with the naked eye. In field trials, it correctly identified most infected plants while producing relatively few false alarms.',
      'The team says the aim is not to replace extension officers but to help them decide which fields to visit first. The researchers are working with farmer cooperatives to test whether images taken with ordinary smartphones work as well.',
    ],
  },
  {
    headline: 'Mosquito Surveillance Expands as Dengue Cases Rise',
    dek: 'Health authorities are setting more traps and testing insects for the virus in areas where it was once rare.',
    section: 'science',
    by: ['helen-mwangi'],
    tags: ['Public Health', 'Climate Change'],
    at: '2023-10-20T14:25:00Z',
    body: [
      'Public health agencies are expanding their mosquito monitoring programmes after a rise in dengue cases in places where the disease was once rare, including some cities at higher altitudes and in cooler latitudes.',
      'Traps set in parks, cemeteries and construction sites are checked weekly, and the insects tested in laboratories for signs of the virus. Officials say the data helps them target spraying and public information campaigns.',
      'Entomologists say warmer temperatures and longer rainy seasons are extending the range of the mosquitoes that carry dengue, while growing cities with poor drainage offer them plenty of places to breed.',
      'Residents are being urged to empty containers that collect standing water, such as plant pots and old tyres, at least once a week.',
    ],
  },

  // ── Sport ──────────────────────────────────────────────────────────────
  {
    headline: 'Late Header Sends Harbour City Into Cup Semi-Finals',
    dek: 'A stoppage-time goal from substitute Leo Brandt settled a tense quarter-final.',
    section: 'sport',
    by: ['jonah-castell'],
    tags: ['Football'],
    at: '2023-07-09T19:30:00Z',
    body: [
      'Harbour City reached the semi-finals of the cup for the first time in eleven years after substitute Leo Brandt headed in a corner deep into stoppage time to beat Eastfield 2-1.',
      'Eastfield had led at half-time through a well-worked goal from Tomasz Wilk, but Harbour City equalised from the penalty spot on the hour and dominated the closing stages.',
      'Harbour City manager Gemma Ortiz said her players had earned the result with their persistence. “We kept asking questions and eventually got the answer,” she said. The semi-final draw takes place on Monday.',
    ],
  },
  {
    headline: 'Distance Runners Head to Altitude Camp Ahead of World Championships',
    dek: 'The squad will spend five weeks training at 2,400 metres before flying to the championships.',
    section: 'sport',
    by: ['jonah-castell'],
    tags: ['Athletics', 'Kenya'],
    at: '2023-07-14T07:30:00Z',
    body: [
      'A squad of 24 middle- and long-distance runners has begun a five-week training camp in the Kenyan highlands, where coaches hope the thin air will give them an edge at next month’s world championships.',
      'Training at altitude increases the body’s production of red blood cells, which carry oxygen to the muscles. Most coaches believe the benefit lasts for a few weeks after athletes return to lower ground, which is why the camp ends shortly before the championships begin.',
      'Head coach Samuel Otieno said the programme would combine long runs on dirt roads with track sessions twice a week. Several athletes are returning from injury and will be monitored closely.',
      'The team’s medical staff will travel with the squad and carry out regular blood tests to track how athletes are adapting.',
    ],
  },
  {
    headline: 'Rain Washes Out Final Day as Test Series Ends Level',
    dek: 'Not a ball was bowled on day five, leaving the series drawn at 1-1.',
    section: 'sport',
    by: ['jonah-castell'],
    tags: ['Cricket'],
    at: '2023-07-30T21:00:00Z',
    body: [
      'Persistent rain meant no play was possible on the final day of the deciding Test, leaving the series level at 1-1 and denying the visitors a chance to press for victory after they had built a lead of 180 runs.',
      'The umpires abandoned the day shortly after tea following several inspections. Spectators who had bought tickets for day five will receive a full refund.',
      'Both captains said the series had been a fair reflection of two evenly matched teams, and that they were looking forward to meeting again in the winter.',
    ],
  },
  {
    headline: 'Teenage Sprinter Breaks National Junior Record in 200 Metres',
    dek: 'Seventeen-year-old Aisha Bello clocked 22.61 seconds to win the national junior title.',
    section: 'sport',
    by: ['jonah-castell'],
    tags: ['Athletics'],
    at: '2023-08-19T18:10:00Z',
    body: [
      'Aisha Bello, 17, broke the national junior record for the 200 metres on Saturday, winning the junior championships in 22.61 seconds into a slight headwind.',
      'Bello, who took up athletics four years ago after being spotted at a school sports day, led from the bend and finished more than three metres clear of the field. The previous record had stood for nine years.',
      'Her coach, Daniel Mensah, said the priority remained steady development rather than chasing senior selection this season. “She is still growing and still learning the event,” he said.',
    ],
  },
  {
    headline: 'Top-Flight Women’s Teams Draw Record Crowds on Opening Weekend',
    dek: 'More than 60,000 fans attended six matches, nearly double last season’s opening weekend.',
    section: 'sport',
    by: ['jonah-castell'],
    tags: ['Football'],
    at: '2023-09-03T20:45:00Z',
    body: [
      'Attendances at the opening weekend of the women’s top division reached a record high, with more than 60,000 spectators watching six matches, as interest in the women’s game continued to grow after a summer international tournament.',
      'Several clubs moved fixtures to their main stadiums to meet demand, and two matches sold out. Clubs reported a younger audience than at men’s matches, with many families attending.',
      'League organisers said the figures would strengthen their hand in negotiations over a new broadcast deal, due to be agreed next year.',
    ],
  },
  {
    headline: 'Spinners Take Control as Hosts Close In on Series Win',
    dek: 'The visitors collapsed from 140 for two to 211 all out on a turning pitch.',
    section: 'sport',
    by: ['jonah-castell'],
    tags: ['Cricket'],
    at: '2023-09-17T16:20:00Z',
    body: [
      'The home side’s spin bowlers shared eight wickets as the visitors lost their last eight batsmen for 71 runs on the third day, leaving the hosts needing 164 to win the second Test and the series.',
      'Left-arm spinner Ravi Menon took four for 48, extracting sharp turn from the footmarks, while off-spinner Caleb Hart picked up three wickets in a single spell after lunch.',
      'The visitors’ batting coach said his players had been too hesitant against the turning ball. The hosts reached 32 without loss by the close.',
    ],
  },
  {
    headline: 'Marathon Organisers Add Cooling Stations After Hot-Weather Finish',
    dek: 'Runners will find misting tents and extra medical staff along the route next year.',
    section: 'sport',
    by: ['jonah-castell', 'helen-mwangi'],
    tags: ['Athletics', 'Climate Change', 'Public Health'],
    at: MORNING_EDITION,
    body: [
      'Organisers of the city marathon will add cooling stations, more water points and extra medical staff to next year’s race, after temperatures on Sunday reached 27 degrees Celsius by the time most amateur runners were finishing.',
      'Medical teams treated more than 300 runners, most for dehydration and heat exhaustion, and a small number were taken to hospital as a precaution. Race officials said all had since been discharged.',
      'The organisers are also considering moving the start time earlier, though that would mean closing roads for longer.',
      'Sports physicians say runners can reduce their risk by adjusting their target pace on hot days and by drinking according to thirst rather than forcing down large volumes of water.',
    ],
  },
  {
    headline: 'Coach Defends Youth Policy After Third Straight Defeat',
    dek: 'Riverside’s young side is bottom of the table, but the manager says the approach will pay off.',
    section: 'sport',
    by: ['jonah-castell'],
    tags: ['Football'],
    at: '2023-10-22T19:00:00Z',
    body: [
      'Riverside manager Alan Pritchard insisted on Sunday that he would keep faith with the club’s young players, after a 3-0 home defeat left his team bottom of the table with one point from eight matches.',
      'The club sold several experienced players in the summer and promoted five players from its academy, with an average age in Sunday’s starting line-up of just under 22.',
      '“Nobody said this would be easy. These players will be better for the experience,” Pritchard said. Supporters’ groups said they backed the policy in principle but wanted to see the club strengthen its defence in the January transfer window.',
    ],
  },

  // ── Culture ────────────────────────────────────────────────────────────
  {
    headline: 'Summer Festival Returns to the Waterfront With a Focus on Local Bands',
    dek: 'Two-thirds of this year’s line-up comes from within a hundred miles of the city.',
    section: 'culture',
    by: ['lucia-ferraro'],
    tags: ['Music'],
    at: '2023-07-08T12:00:00Z',
    body: [
      'The waterfront music festival returns this weekend with three stages and more than 60 acts, most of them from the surrounding region, after organisers decided to scale back on expensive international headliners.',
      'Festival director Nadia Holm said the change had been driven partly by costs but also by feedback from audiences, who had asked for more chances to discover new music. Ticket prices have been held at last year’s level.',
      'Headlining on Saturday are the Lantern Years, a six-piece folk-rock band whose second album reached the national top ten in the spring. Sunday’s closing set will be played by a 40-strong community choir.',
    ],
  },
  {
    headline: 'Debut Novel About a Fishing Town Wins First-Book Prize',
    dek: 'Judges praised Mara Quinlan’s “unsentimental, tender” portrait of a community facing the end of its fleet.',
    section: 'culture',
    by: ['lucia-ferraro'],
    tags: ['Books', 'Oceans'],
    at: '2023-07-31T10:00:00Z',
    body: [
      '<em>The Last Good Season</em>, a debut novel by Mara Quinlan about a family of trawler owners in a declining fishing town, has won this year’s first-book prize.',
      'The novel follows three generations of the Dolan family over a single year as the last boats in the harbour are sold off. Judges praised its precise descriptions of work at sea and its refusal to romanticise a hard way of life.',
      'Quinlan, a former teacher who grew up in a coastal town, said she had spent six years writing the book, much of it in the early mornings before school. The prize includes a cash award and a residency.',
    ],
  },
  {
    headline: 'Independent Cinemas Band Together to Share Film Prints and Programming',
    dek: 'A new network of 30 venues hopes to bring classic and foreign-language films to smaller towns.',
    section: 'culture',
    by: ['lucia-ferraro'],
    tags: ['Film'],
    at: '2023-08-13T14:00:00Z',
    body: [
      'Thirty independent cinemas have formed a network to share the costs of booking films, restoring prints and marketing seasons, in a bid to bring a wider range of films to audiences outside big cities.',
      'The first joint season, a retrospective of post-war comedies, will tour all 30 venues over the autumn. Members will also share a booking agent, which they say will give them more leverage with distributors.',
      'Many of the cinemas are run as charities or cooperatives and rely heavily on volunteers. Network coordinator Ben Okoro said the aim was to make sure small venues could survive without giving up on adventurous programming.',
    ],
  },
  {
    headline: 'Museum Returns Carved Panels to Community of Origin',
    dek: 'The six wooden panels were acquired by the museum in the 1920s and had spent most of the past century in storage.',
    section: 'culture',
    by: ['lucia-ferraro', 'amara-okafor'],
    tags: ['Education', 'Diplomacy'],
    at: '2023-08-27T11:00:00Z',
    body: [
      'A city museum has returned six carved wooden panels to the community where they were made, following a three-year review of how they came to be in its collection.',
      'The panels, which depict scenes from a harvest festival, were bought from a dealer in the 1920s. Research by the museum’s curators and community historians found no evidence that their original owners had agreed to the sale.',
      'The panels will be displayed in a new cultural centre, and the museum has agreed to help train local staff in conservation. The two institutions plan a joint exhibition with digital reproductions of the carvings.',
      'The museum’s trustees said the return reflected a wider commitment to examine the histories of objects acquired during the colonial period.',
    ],
  },
  {
    headline: 'Review: A Quiet Family Drama Becomes the Surprise of the Festival Season',
    dek: 'Harvest Moon Road does very little, very beautifully.',
    section: 'culture',
    by: ['lucia-ferraro'],
    tags: ['Film'],
    at: '2023-09-10T13:30:00Z',
    body: [
      'There are no twists in <em>Harvest Moon Road</em>, the second feature from director Elin Sorensen, and hardly any raised voices. A widowed farmer and his adult daughter spend a late summer bringing in the last harvest before the farm is sold. That is more or less the whole of it.',
      'And yet the film is gripping. Sorensen and her cinematographer shoot the fields in long, patient takes that make every small gesture count, and the two leads, working with very little dialogue, build a relationship that feels lived-in and unresolved.',
      { quote: 'It is the rare film that trusts its audience to notice things, and rewards them for it.' },
      'At 98 minutes, it never outstays its welcome. It opens in cinemas next month. <strong>Four stars.</strong>',
    ],
  },
  {
    headline: 'Choirs From Six Countries Gather for a Week of Free Concerts',
    dek: 'The festival, now in its tenth year, has become a fixture of the city’s autumn calendar.',
    section: 'culture',
    by: ['lucia-ferraro'],
    tags: ['Music', 'Diplomacy'],
    at: '2023-09-24T10:45:00Z',
    body: [
      'More than 400 singers from six countries are in the city this week for an international choral festival, with free concerts in churches, libraries and railway stations.',
      'The festival was founded ten years ago by a group of local choir directors who wanted to build links with singers abroad. It is funded by cultural agencies from the participating countries and by a local arts trust.',
      'This year’s programme ranges from medieval chant to new works commissioned for the anniversary, including a piece for massed choirs that will close the festival on Sunday evening in the cathedral square.',
    ],
  },
  {
    headline: 'Libraries Extend Opening Hours as Demand for Study Space Grows',
    dek: 'Students and remote workers are filling reading rooms well into the evening.',
    section: 'culture',
    by: ['lucia-ferraro'],
    tags: ['Books', 'Education'],
    at: '2023-10-09T09:30:00Z',
    body: [
      'Public libraries in the city will stay open until 9pm on weekdays from next month, after a surge in demand for quiet space to study and work.',
      'Librarians say reading rooms are often full by mid-morning, with students preparing for exams, people working remotely and job seekers using the free internet access. Evening visits have doubled since last year.',
      'The longer hours will be funded from the council’s culture budget and by a local foundation. Book lending has also risen, with children’s books and graphic novels particularly popular.',
    ],
  },
  {
    headline: 'Ten New Books to Read as the Nights Draw In',
    dek: 'Our critics pick the autumn’s best fiction and non-fiction, from a seafaring epic to a history of the humble pencil.',
    section: 'culture',
    by: ['lucia-ferraro'],
    tags: ['Books'],
    at: '2023-10-28T17:15:00Z',
    body: [
      'Autumn is traditionally the busiest season for publishers, and this year is no exception. Here are ten books our critics have enjoyed, all published in the past two months.',
      {
        ul: [
          '<em>Salt and Signal</em> by Irene Vass: a sweeping novel about a lighthouse family across a century.',
          '<em>The Pencil</em> by Oskar Lind: a surprisingly gripping history of an everyday object.',
          '<em>Small Hours</em> by Jude Farrow: linked short stories set in an all-night café.',
          '<em>Rivers Remember</em> by Dr Anaya Roy: how cities are uncovering buried waterways.',
          '<em>Orchard</em> by Tess Moran: a debut novel about three sisters and an inheritance.',
          '<em>The Quiet Engine</em> by Mark Adebayo: a thriller set on a night train.',
          '<em>Common Ground</em> by Lina Park: essays on parks, gardens and public space.',
          '<em>Field Notes from a Warming World</em> by Hugo Brandt: reporting from the front lines of climate adaptation.',
          '<em>Second Language</em> by Noor Haddad: poems about moving between tongues.',
          '<em>The Long Table</em> by Rosa Delgado: a family saga told through a year of meals.',
        ],
      },
      'Fiction dominates the list, but the non-fiction picks are among the most surprising, proof that a good writer can make almost any subject absorbing.',
      'All ten are available in hardback and as e-books, and several libraries are running reading groups for the titles this season.',
    ],
  },
];

// Never public: the API tests check that these three stay hidden from every
// public listing, search and tag count, so they reuse tags from public stories.
const unpublished: DemoArticle[] = [
  {
    slug: slugify('Inside the Race to Build a Quantum-Safe Internet'),
    headline: 'Inside the Race to Build a Quantum-Safe Internet',
    standfirst: 'Draft: cryptographers are replacing the maths that protects online banking before quantum computers can break it.',
    body_html: renderBody([
      'Cryptographers are working to replace the encryption that protects online banking and messaging with new algorithms designed to resist attack by future quantum computers.',
      'Standards bodies have selected a first set of algorithms, and several browser makers are already testing them alongside existing encryption.',
      'EDITOR NOTE: needs a second source on the timeline before this can run.',
    ]),
    section: 'technology',
    tags: ['Cybersecurity'],
    authors: ['tomas-lindqvist'],
    status: 'draft',
    published_at: null,
    publish_at: null,
    withdrawn_reason: null,
    hero: null,
  },
  {
    slug: slugify('The Decade in Music: Twenty Albums That Defined the 2020s'),
    headline: 'The Decade in Music: Twenty Albums That Defined the 2020s',
    standfirst: 'Our critics look back on ten years of records, from bedroom pop to stadium folk.',
    body_html: renderBody([
      'It began with empty venues and ended with record-breaking tours. Our critics pick the twenty albums that defined a turbulent decade in music.',
      'Embargoed until New Year’s Day, 2030.',
      'The full list follows below.',
    ]),
    section: 'culture',
    tags: ['Music'],
    authors: ['lucia-ferraro'],
    status: 'scheduled',
    published_at: null,
    publish_at: '2030-01-01T08:00:00Z',
    withdrawn_reason: null,
    hero: null,
  },
  {
    slug: slugify('Logistics Firm Accused of Misleading Investors Over Warehouse Deals'),
    headline: 'Logistics Firm Accused of Misleading Investors Over Warehouse Deals',
    standfirst: 'Shareholders say the company overstated occupancy at a portfolio of new warehouses.',
    body_html: renderBody([
      'A group of shareholders has accused Cartwell Logistics of overstating occupancy rates at a portfolio of newly built warehouses in materials used to raise money last year.',
      'The company has denied the claims and said its disclosures were accurate and complete.',
      'The shareholders have asked the markets regulator to investigate.',
    ]),
    section: 'business',
    tags: ['Trade', 'Startups'],
    authors: ['priya-nandakumar'],
    status: 'withdrawn',
    published_at: '2023-09-12T10:00:00Z',
    publish_at: null,
    withdrawn_reason: 'Legal review: republished after corrections',
    hero: null,
  },
];

/** All demo sections, authors and articles (published, plus one draft, one scheduled and one withdrawn). */
export const demoContent: { sections: DemoSection[]; authors: DemoAuthor[]; articles: DemoArticle[] } = {
  sections,
  authors,
  articles: [seedArticle, ...stories.map(published), ...unpublished],
};
