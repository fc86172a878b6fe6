// The prose of a report: preamble with the statistical period (C8), 一、总体情况 with its five
// sub-headings, 五、问题和改进, 六、其他事项 (with the 信息处理费 statement from 2021, C6), and the figures
// the prose quotes (T1: they equal the table). Every paragraph draws from its own stream seeded by
// `proseSeed`, so a deliberately copied report (C9) reuses last year's wording sentence for sentence
// while its figures stay this year's.
import type { TableTemplate } from '../report/keys';
import { getCell, type Cells } from './cells';
import type { Issuer } from './issuers';
import type { Block } from './layout';
import { mulberry32, seedOf, type Rng } from './prng';
import * as pools from './prose-pools';

export interface Fees {
  notices: number;
  amountYuan: number;
  collectedYuan: number;
}

export interface ProseInput {
  issuer: Issuer;
  year: number;
  template: TableTemplate;
  cells: Cells;
  proactiveItems: number;
  fees: Fees | null;
  proseSeed: number;
  /** "(一) 主动公开" rather than "（一）主动公开" */
  halfWidth: boolean;
}

export interface Prose {
  preamble: Block[];
  overview: Block[];
  problems: Block[];
  other: Block[];
  /** the figures the prose states, keyed as ParsedReport.narrative */
  narrative: Record<string, number>;
}

type Fill = (s: string) => string;

const compose = (rng: Rng, slots: pools.Slots, fill: Fill) =>
  fill(slots.map((s) => rng.pick(s)).join(''));

function pickDistinct<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const rest = items.slice();
  const out: T[] = [];
  while (out.length < n && rest.length) out.push(rest.splice(rng.int(0, rest.length - 1), 1)[0]);
  return out;
}

function applicationSentences(
  input: ProseInput,
  rng: Rng,
  fill: Fill,
  narrative: Record<string, number>,
): string {
  const cell = (key: string) => getCell(input.cells, key);
  const received = cell('applications.newReceived.total');
  const closed = cell('applications.resultsTotal.total');
  const forward = cell('applications.carriedForward.total');
  const review = cell('review.total');
  const lawsuits = cell('litigation.direct.total') + cell('litigation.afterReview.total');
  const out: string[] = [compose(rng, pools.APPLY_INTRO, fill)];
  const lead = rng.pick(['{Y}年，{self}', '本年度{self}', '全年{self}']);
  if (received === 0 && cell('applications.carriedOver.total') === 0) {
    out.push(fill(`${lead}未收到政府信息公开申请。`));
    narrative['applications.received'] = 0;
  } else {
    out.push(
      fill(
        `${lead}共收到政府信息公开申请${received}件，办结${closed}件，结转下年度继续办理${forward}件。`,
      ),
    );
    narrative['applications.received'] = received;
    narrative['applications.closed'] = closed;
    narrative['applications.carriedForward'] = forward;
  }
  if (review === 0 && lawsuits === 0) {
    out.push(fill('{Y}年，{self}未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。'));
  } else {
    out.push(
      fill(
        `{Y}年，{self}因政府信息公开工作被申请行政复议${review}件，被提起行政诉讼${lawsuits}件。`,
      ),
    );
  }
  narrative['review.count'] = review;
  narrative['litigation.count'] = lawsuits;
  return out.join('');
}

function feeSentence(input: ProseInput, fill: Fill, narrative: Record<string, number>): string {
  const f = input.fees;
  if (!f) {
    narrative['fees.infoProcessing.collectedYuan'] = 0; // a stated none is a stated zero
    return fill('{Y}年，{self}未收取信息处理费。');
  }
  narrative['fees.infoProcessing.noticesCount'] = f.notices;
  narrative['fees.infoProcessing.noticesAmountYuan'] = f.amountYuan;
  narrative['fees.infoProcessing.collectedYuan'] = f.collectedYuan;
  return fill(
    `{Y}年，{self}共发出信息处理费收费通知${f.notices}件，总金额${f.amountYuan}元，实际收取信息处理费${f.collectedYuan}元。`,
  );
}

/** Two management sentences that do not open alike. */
function management(rng: Rng, fill: Fill): string {
  const [a, b] = pickDistinct(rng, pools.MANAGEMENT[0], 2);
  const rest = () =>
    pools.MANAGEMENT.slice(1)
      .map((s) => rng.pick(s))
      .join('');
  return fill(a + rest() + b + rest());
}

export function writeProse(input: ProseInput): Prose {
  const { issuer, year } = input;
  const fill: Fill = (s) =>
    s
      .replace(/\{Y\}/g, String(year))
      .replace(/\{self\}/g, issuer.self)
      .replace(/\{county\}/g, issuer.county)
      .replace(/\{organ\}/g, issuer.organ);
  const stream = (name: string) => mulberry32(seedOf(input.proseSeed, name));
  const narrative: Record<string, number> = {};

  const pre = stream('preamble');
  const preamble: Block[] = [
    { kind: 'para', text: compose(pre, pools.PREAMBLE, fill) + fill(pre.pick(pools.PERIOD)) },
  ];

  const shape = stream('shape');
  const inline = shape.chance(0.5); // sub-headings on their own line, or leading the paragraph
  const active = stream('active');
  const activeText =
    compose(active, pools.ACTIVE_INTRO, fill) +
    fill(`全年通过${active.pick(pools.CHANNELS)}主动公开政府信息${input.proactiveItems}条。`) +
    compose(active, pools.TOPICS, fill);
  narrative['proactive.items'] = input.proactiveItems;
  const paragraphs: [string, string][] = [
    ['（一）主动公开', activeText],
    ['（二）依申请公开', applicationSentences(input, stream('apply'), fill, narrative)],
    ['（三）政府信息管理', management(stream('mgmt'), fill)],
    ['（四）政府信息公开平台建设', compose(stream('platform'), pools.PLATFORM, fill)],
    [
      '（五）监督保障',
      compose(stream('supervision'), pools.SUPERVISION, fill) +
        compose(stream('account'), pools.ACCOUNTABILITY, fill),
    ],
  ];
  if (input.halfWidth)
    for (const p of paragraphs) p[0] = p[0].replace('（', '(').replace('）', ') ');
  const overview: Block[] = paragraphs.flatMap(([head, text]): Block[] =>
    inline
      ? [{ kind: 'para', text: `${head}：${text}` }]
      : [
          { kind: 'heading', level: 2, text: head },
          { kind: 'para', text },
        ],
  );

  const prob = stream('problems');
  const problems = pickDistinct(prob, pools.PROBLEMS, 2);
  const measures = pickDistinct(prob, pools.MEASURES, 2);
  const problemBlocks: Block[] = [
    { kind: 'para', text: `存在的主要问题：一是${problems[0]}；二是${problems[1]}。` },
    { kind: 'para', text: `改进措施：一是${measures[0]}；二是${measures[1]}。` },
  ];

  const otherRng = stream('other');
  const otherText = [
    input.template === 'gov2021' ? feeSentence(input, fill, narrative) : '',
    fill(otherRng.pick(pools.OTHER_NONE)),
  ].join('');
  return {
    preamble,
    overview,
    problems: problemBlocks,
    other: [{ kind: 'para', text: otherText }],
    narrative,
  };
}
