// The Russian and Ukrainian events rules on sentences written for these tests: each trigger family, number words,
// sources, negation and plans, and no event from a text that is not about war.
import { describe, expect, it } from 'vitest';
import { RUSSIAN, UKRAINIAN, slavicEvents } from '../../src/lang/slavic/events/index.js';
import { handDoc, type HandPlace } from './slavic-fixture.js';

const ru = slavicEvents(RUSSIAN, 'Europe/Moscow');
const uk = slavicEvents(UKRAINIAN, 'Europe/Kyiv');

const LESNOE: HandPlace = { text: 'Лесное', name: 'Lesnoye', admin1: 'Kursk', country: 'RU' };
const LISOVE: HandPlace = { text: 'Лісове', name: 'Lisove', admin1: 'Sumy' };

describe('Russian triggers', () => {
  it('reads shelling with its place, its date and its injured', () => {
    const { events } = ru(handDoc('Вечером 3 марта войска обстреляли село Лесное, ранены двое жителей.', { places: [LESNOE], dates: [['3 марта', '2025-03-03']] }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'strike.shelling', location: { name: 'Lesnoye' }, date: { value: '2025-03-03' }, injuries: { best: 2 } });
    expect(events[0]!.acled).toEqual({ event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' });
  });

  it('types a strike by its weapon and counts the dead in words', () => {
    const { events } = ru(handDoc('Беспилотник нанес удар по магазину в Лесное, пятеро погибших.', { places: [LESNOE] }));
    expect(events[0]).toMatchObject({ type: 'strike.drone', fatalities: { best: 5 } });
    expect(events[0]!.acled?.sub_event_type).toBe('Air/drone strike');
  });

  it('counts "N человек погибли" and dates an undated event to the publication day where the post was written', () => {
    const { events } = ru(handDoc('9 человек погибли при попадании ракеты в дом в Лесное.', { places: [LESNOE], published: '2025-03-09T22:30:00Z' }));
    expect(events[0]).toMatchObject({ type: 'strike.missile', fatalities: { best: 9 }, date: { value: '2025-03-10', basis: 'report-time' } });
  });

  it('reads shoot-downs over each listed region, with the ministry as source, as claims', () => {
    const places: HandPlace[] = [
      { text: 'Тверской', name: 'Tver Oblast', kind: 'admin1', country: 'RU' },
      { text: 'Псковской', name: 'Pskov Oblast', kind: 'admin1', country: 'RU' },
    ];
    const { events } = ru(handDoc('Ночью силы ПВО сбили восемь беспилотников над Тверской и Псковской областями, сообщили в Минобороны России.', { places, dates: [['Ночью', '2025-03-10']] }));
    expect(events.map((e) => e.location?.name)).toEqual(['Tver Oblast', 'Pskov Oblast']);
    for (const e of events) expect(e).toMatchObject({ type: 'weapons.disrupted', modality: 'claimed', source: { name: 'Russian Ministry of Defence' } });
  });

  it('reads a town taken by Russia\'s forces as overtaken', () => {
    const { events } = ru(handDoc('Российские войска освободили поселок Лесное, заявили в Минобороны.', { places: [LESNOE] }));
    expect(events[0]).toMatchObject({ type: 'territory.capture', source: { name: 'Russian Ministry of Defence' } });
  });

  it('reads an explosive device as a remote explosive and an arrest as one', () => {
    const a = ru(handDoc('В Лесное взорвалось самодельное взрывное устройство под машиной.', { places: [LESNOE] })).events;
    expect(a[0]?.type).toBe('explosive.mine');
    const b = ru(handDoc('В Лесное задержали двух поджигателей.', { places: [LESNOE] })).events;
    expect(b[0]?.type).toBe('arrest');
  });

  it('names a mayor by the name after the city, even when a village bears that name', () => {
    const places: HandPlace[] = [{ text: 'Заречного', name: 'Zarechny', country: 'RU' }, { text: 'Петров', name: 'Petrov', country: 'RU' }, LESNOE];
    const { events } = ru(handDoc('Беспилотник атаковал Лесное, сообщил мэр Заречного Иван Петров.', { places }));
    expect(events[0]?.source?.name).toBe('Ivan Petrov, Mayor of Zarechny');
  });

  it('names a governor as source in English from the name and the region', () => {
    const places: HandPlace[] = [{ text: 'Курской области', name: 'Kursk Oblast', kind: 'admin1', country: 'RU' }, LESNOE];
    const { events } = ru(handDoc('В Лесное беспилотник атаковал автомобиль, сообщил губернатор Курской области Иван Петров.', { places }));
    expect(events[0]?.source?.name).toBe('Ivan Petrov, Governor of Kursk Oblast');
    expect(events[0]?.location?.name).toBe('Lesnoye');
  });

  it('marks a denied strike negated and keeps a threatened or planned one out of the events', () => {
    const denied = ru(handDoc('Армия не обстреливала Лесное.', { places: [LESNOE] }));
    expect(denied.events).toEqual([]);
    expect(denied.candidates[0]?.modality).toBe('negated');
    const planned = ru(handDoc('Противник планирует атаковать Лесное.', { places: [LESNOE] }));
    expect(planned.events).toEqual([]);
    expect(planned.candidates[0]?.modality).toBe('planned');
    expect(ru(handDoc('Если помощь не придет, враг может нанести удар по Лесное.', { places: [LESNOE] })).events).toEqual([]);
  });

  it('counts each toll word its own figure, and dates no reported deed after the day it was reported', () => {
    const { events } = ru(handDoc('Беспилотник атаковал Лесное: погибла женщина, ранены трое детей.', { places: [LESNOE], dates: [['Беспилотник', '2025-03-12']] }));
    expect(events[0]).toMatchObject({ fatalities: { best: 1 }, injuries: { best: 3 }, date: { value: '2025-03-10', basis: 'report-time' }, modality: 'asserted' });
  });

  it('takes the source of "Об этом сообщил ..." for the sentence before', () => {
    const { events } = ru(handDoc('Беспилотник атаковал Лесное. Об этом сообщили в Минобороны России.', { places: [LESNOE] }));
    expect(events[0]).toMatchObject({ source: { name: 'Russian Ministry of Defence' }, modality: 'claimed' });
  });

  it('reads a participle before the downed weapon as no new shoot-down, and a hit workshop as a strike', () => {
    const { events } = ru(handDoc('Обломки сбитого беспилотника упали на крышу дома в Лесное.', { places: [LESNOE] }));
    expect(events.map((e) => e.type)).toEqual(['strike.drone']);
    const hit = ru(handDoc('Склад по ремонту дронов поражен в Лесное.', { places: [LESNOE] })).events;
    expect(hit[0]?.type).not.toBe('weapons.disrupted');
    const downed = ru(handDoc('Три беспилотника уничтожены над Лесное.', { places: [LESNOE] })).events;
    expect(downed[0]?.type).toBe('weapons.disrupted');
  });

  it('takes a name after a dash for a source only with a title', () => {
    const a = ru(handDoc('Войска обстреляли Лесное — губернатор Петров.', { places: [LESNOE] })).events;
    expect(a[0]?.source?.name).toBe('Petrov, Governor');
    const b = ru(handDoc('Войска обстреляли Лесное — Иван Петров.', { places: [LESNOE] })).events;
    expect(b[0]?.source).toBeNull();
  });

  it('names no source when a channel cites itself, and asserts what it reports', () => {
    const { events } = ru(handDoc('По данным Molniya, беспилотник атаковал Лесное. Подписывайся на Molniya', { places: [LESNOE] }));
    expect(events[0]).toMatchObject({ source: null, modality: 'asserted' });
    const other = ru(handDoc('По данным Molniya, беспилотник атаковал Лесное.', { places: [LESNOE] })).events;
    expect(other[0]).toMatchObject({ source: { name: 'Molniya' }, modality: 'claimed' });
  });

  it('reads no event from a text that is not about war', () => {
    const text = 'Компания открыла в Лесное новый завод по выпуску мебели. Акции компании выросли на пять процентов. ' +
      'В матче в Лесное нападающий нанес удар по воротам, но вратарь отбил мяч. Болельщики остались довольны. ' +
      'Водитель сбил пешехода в Лесное. Хакерская атака парализовала сайт мэрии Лесное. У бегуна в Лесное случился тепловой удар.';
    expect(ru(handDoc(text, { places: [LESNOE] })).events).toEqual([]);
  });
});

describe('Ukrainian triggers', () => {
  it('reads a drone attack with its dead in words and its source', () => {
    const places: HandPlace[] = [{ text: 'Сумській', name: 'Sumy Oblast', kind: 'admin1' }, LISOVE];
    const { events } = uk(handDoc('Уночі дрони атакували Лісове, двоє людей загинули, повідомили в Сумській ОВА.', { places, dates: [['Уночі', '2025-03-10']] }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'strike.drone', location: { name: 'Lisove' }, fatalities: { best: 2 }, modality: 'claimed', source: { name: 'Sumy Oblast Regional Military Administration' } });
  });

  it('reads "двох загиблих" and shelling of a list of villages as one event per village', () => {
    const places: HandPlace[] = [LISOVE, { text: 'Польове', name: 'Polove' }, { text: 'Річне', name: 'Richne' }];
    const { events } = uk(handDoc('Ворог обстріляв Лісове, Польове та Річне.', { places }));
    expect(events.map((e) => e.location?.name)).toEqual(['Lisove', 'Polove', 'Richne']);
    const dead = uk(handDoc('Внаслідок удару по Лісове маємо двох загиблих.', { places: [LISOVE] })).events;
    expect(dead[0]?.fatalities?.best).toBe(2);
  });

  it('reads an interception with the General Staff as source, and a town retaken by Ukraine', () => {
    const places: HandPlace[] = [{ text: 'Полтавщиною', name: 'Poltava Oblast', kind: 'admin1' }];
    const a = uk(handDoc('За даними Генштабу, над Полтавщиною збито шість ракет.', { places })).events;
    expect(a[0]).toMatchObject({ type: 'weapons.disrupted', source: { name: 'General Staff of the Armed Forces of Ukraine' } });
    const b = uk(handDoc('Сили оборони звільнили село Лісове.', { places: [LISOVE] })).events;
    expect(b[0]?.type).toBe('territory.recapture');
  });

  it('reads explosions, arrests and a prisoner exchange', () => {
    expect(uk(handDoc('У Лісове пролунав вибух.', { places: [LISOVE] })).events[0]?.type).toBe('explosion.unspecified');
    expect(uk(handDoc('У Лісове затримали коригувальника.', { places: [LISOVE] })).events[0]?.type).toBe('arrest');
    expect(uk(handDoc('Сьогодні з полону повернулися 90 захисників.', { dates: [['Сьогодні', '2025-03-10']] })).events[0]?.type).toBe('exchange.prisoners');
    // Talks spoken of with no place or day of their own are no meeting held.
    expect(uk(handDoc('Зустрічі президентів завжди важливі для нас.')).events).toEqual([]);
  });

  it('keeps plans of attack, ongoing fighting and totals over weeks out of the events', () => {
    expect(uk(handDoc('Росіяни планують наступ на Лісове.', { places: [LISOVE] })).events).toEqual([]);
    expect(uk(handDoc('Ворог продовжує штурмувати Лісове.', { places: [LISOVE] })).events).toEqual([]);
    expect(uk(handDoc('За тиждень над Україною збито 300 дронів.', { places: [{ text: 'Україною', name: 'Ukraine', kind: 'country' }] })).events).toEqual([]);
  });

  it("counts \"п'ятеро\" and \"N людей\" before the death word, and none when no one was hurt", () => {
    expect(uk(handDoc("У Лісове п'ятеро мирних жителів загинули від обстрілу.", { places: [LISOVE] })).events[0]?.fatalities?.best).toBe(5);
    expect(uk(handDoc('Обстріл Лісове: 12 людей загинули.', { places: [LISOVE] })).events[0]?.fatalities?.best).toBe(12);
    expect(uk(handDoc('Ворог обстріляв Лісове, ніхто не постраждав.', { places: [LISOVE] })).events[0]?.fatalities?.best).toBe(0);
  });

  it('gives each of two strikes in one sentence the places listed after its own verb', () => {
    const places: HandPlace[] = [LISOVE, { text: 'Польове', name: 'Polove' }, { text: 'Річне', name: 'Richne' }, { text: 'Ясне', name: 'Yasne' }];
    const { events } = uk(handDoc('Ворог завдав авіаційних ударів по Лісове і Польове, а також обстріляв Річне та Ясне.', { places }));
    expect(events.map((e) => [e.type, e.location?.name])).toEqual([['strike.air', 'Lisove'], ['strike.air', 'Polove'], ['strike.shelling', 'Richne'], ['strike.shelling', 'Yasne']]);
  });

  it('gives an interception or wreckage told after a strike the strike\'s place, but not a further count of strikes', () => {
    const a = ru(handDoc('Противник нанес удар ракетами по Лесное, силы ПВО сбили две ракеты.', { places: [LESNOE] })).events;
    expect(a.map((e) => [e.type, e.location?.name])).toEqual([['strike.missile', 'Lesnoye'], ['weapons.disrupted', 'Lesnoye']]);
    const b = uk(handDoc('Авіація завдала удару по штабу в Лісове, а також 12 ударів по районах зосередження.', { places: [LISOVE] })).events;
    expect(b.map((e) => e.location?.name)).toEqual(['Lisove']);
  });

  it('reads a drone dropping explosives as a drone strike', () => {
    expect(uk(handDoc('Ворожий дрон скинув вибухівку на подвір’я у Лісове.', { places: [LISOVE] })).events[0]?.type).toBe('strike.drone');
  });

  it('reads a guided bomb dropped as an air strike, attacks repelled as a clash, and damage by wreckage as a drone strike', () => {
    expect(uk(handDoc('Росіяни скинули КАБ на Лісове, загинула жінка.', { places: [LISOVE] })).events[0]).toMatchObject({ type: 'strike.air', fatalities: { best: 1 } });
    expect(uk(handDoc('Захисники відбили 12 атак біля Лісове.', { places: [LISOVE] })).events.map((e) => e.type)).toEqual(['battle.armed-clash']);
    expect(uk(handDoc('Уламки збитого дрона пошкодили будинок у Лісове.', { places: [LISOVE] })).events.map((e) => e.type)).toEqual(['strike.drone']);
  });

  it('reads no event from a Ukrainian text that is not about war', () => {
    const text = 'Збірна перемогла у матчі в Лісове: нападник завдав удару, і м’яч влетів у ворота. Ціни на хліб у Лісове зросли.';
    expect(uk(handDoc(text, { places: [LISOVE] })).events).toEqual([]);
  });

  it('reads each bullet of a post as its own sentence', () => {
    const text = '▪️Росіяни обстріляли Лісове ▪️У Польове затримали двох диверсантів';
    const { events } = uk(handDoc(text, { places: [LISOVE, { text: 'Польове', name: 'Polove' }] }));
    expect(events.map((e) => [e.type, e.location?.name])).toEqual([['strike.shelling', 'Lisove'], ['arrest', 'Polove']]);
  });

  it('joins a toll told in the next sentence to the strike before it', () => {
    const { events } = uk(handDoc('Ракета влучила в будинок у Лісове. Загинули троє людей.', { places: [LISOVE] }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'strike.missile', fatalities: { best: 3 } });
    expect(events[0]!.evidence).toHaveLength(2);
  });
});
