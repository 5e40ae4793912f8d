// The learned decision (src/events/decision) on whole documents of our own writing, through the real pipeline:
// what an analyst would not log stays out, what they would is kept, and a page about something else gives none.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { FEATURE_NAMES, TOPIC_FEATURES } from '../../src/events/decision/features.js';
import { DECISION_WEIGHTS } from '../../src/events/decision/weights.js';
import { EventDecision } from '../../src/events/decision/model.js';
import { BoostedTrees, isBoostedTrees } from '../../src/events/decision/trees.js';

/** A war report of our own: a lead with a dated strike, then one sentence of the class under test. */
const LEAD = 'KYIV, March 14 (Wire) - Russian drones struck an energy facility in the Ukrainian city of Sumy on Wednesday night, the regional governor said. Air defence units shot down nine of the drones, the air force said.';

function kept(text: string, published = '2024-03-14T10:00:00Z') {
  return processDocument({ id: 't', kind: 'text', content: text, published }).events;
}

/** The kept events whose evidence lies in `sentence` of `text`. */
function keptIn(text: string, sentence: string) {
  const at = text.indexOf(sentence);
  const doc = processDocument({ id: 't', kind: 'text', content: text, published: '2024-03-14T10:00:00Z' });
  const body = doc.doc.sections.find((s) => s.section.kind === 'body')!;
  return doc.events.filter((e) => {
    const span = body.section.text.toSource(e.evidence[0]!.start, e.evidence[0]!.end);
    return span.start < at + sentence.length && at < span.end;
  });
}

describe('the learned decision', () => {
  it('keeps the report a war article leads with', () => {
    const events = kept(LEAD);
    expect(events.some((e) => e.type.startsWith('strike.'))).toBe(true);
    expect(events.every((e) => e.confidence >= DECISION_WEIGHTS.threshold)).toBe(true);
  });

  it.each([
    ['a figure of speech', 'The decision was an assault on common sense, one commentator wrote.'],
    ['a forecast', 'Analysts expect that Russia could launch a new offensive in the spring.'],
    ['a demand', 'The minister urged Moscow to withdraw its troops from the region.'],
    ['the war as a whole', "Russia's full-scale invasion of Ukraine has killed tens of thousands of people."],
  ])('leaves out %s', (_, sentence) => {
    const text = `${LEAD} ${sentence}`;
    expect(keptIn(text, sentence)).toEqual([]);
  });

  it('keeps a meeting and a sanctions decision that a war article reports', () => {
    const text = `${LEAD} On Tuesday, the foreign ministers of France and Germany met their Ukrainian counterpart in Kyiv. The European Union adopted a new package of sanctions against Russia on Monday.`;
    const types = kept(text).map((e) => e.type);
    expect(types).toContain('visit.meeting');
    expect(types).toContain('decision.sanctions');
  });

  it('gives no event on a sports report that uses the words of war', () => {
    const text = [
      'Rovers stun champions with late strike',
      'Rovers came from behind to beat the champions 2-1 on Saturday, with a late strike from their captain sealing the win at a packed stadium.',
      'The visitors had attacked from the first whistle, and their striker fired a shot against the post after ten minutes.',
      'After the break the home side pressed forward, and the captain shot into the corner in the final minute to win the match.',
      'The coach said his players had fought for every ball and deserved the three points, which lift the club to fourth in the league table.',
      'The two sides meet again in the cup next month, when the champions will hope to take revenge on their home ground.',
    ].join('\n\n');
    expect(kept(text, '2024-03-16T18:00:00Z')).toEqual([]);
  });

  it('names every feature its weights use, and the topic reads document features only', () => {
    const event = DECISION_WEIGHTS.event;
    const eventFeatures = isBoostedTrees(event) ? new BoostedTrees(event).features() : Object.keys(event.features);
    expect(eventFeatures.length).toBeGreaterThan(10);
    for (const name of [...eventFeatures, ...Object.keys(DECISION_WEIGHTS.topic.features)]) expect(FEATURE_NAMES).toContain(name);
    for (const name of Object.keys(DECISION_WEIGHTS.topic.features)) expect(TOPIC_FEATURES).toContain(name);
    expect(DECISION_WEIGHTS.threshold).toBeGreaterThan(0);
    expect(DECISION_WEIGHTS.threshold).toBeLessThan(1);
  });

  it('a page off the topic scales every candidate down', () => {
    const decision = new EventDecision(DECISION_WEIGHTS);
    const x = new Array<number>(FEATURE_NAMES.length).fill(0);
    const on = [...x];
    const off = [...x];
    const set = (v: number[], name: string, value: number) => (v[FEATURE_NAMES.indexOf(name)] = value);
    // A long article dense with words of war, and a long page with none.
    set(on, 'docLength', Math.log1p(800)); set(on, 'docTopicDensity', 60); set(on, 'docTopicWords', Math.log1p(48)); set(on, 'docOffTopicMass', Math.log1p(800) * Math.exp(-6));
    set(off, 'docLength', Math.log1p(800)); set(off, 'docOffTopicMass', Math.log1p(800));
    expect(decision.probability(off)).toBeLessThan(decision.probability(on) / 4);
  });
});
