import { describe, expect, it } from 'vitest';
import { timexesOf } from './helpers.js';

// Report day: Friday 2023-03-24. "Last Saturday" is 2023-03-18 in every language.
const DCT = '2023-03-24';
const valueOf = (text: string, span: RegExp) => timexesOf(text, DCT).find((t) => span.test(t.text))?.value;

describe('dates in Spanish, Ukrainian and Russian', () => {
  it('resolves "last Saturday" to the previous Saturday', () => {
    expect(valueOf('El ataque ocurrió el sábado pasado.', /sábado/)).toBe('2023-03-18');
    expect(valueOf('Обстріл стався минулої суботи.', /суботи/)).toBe('2023-03-18');
    expect(valueOf('Обстрел произошёл в прошлую субботу.', /субботу/)).toBe('2023-03-18');
  });

  it('reads day-month-year dates', () => {
    expect(valueOf('Las tropas salieron el 22 de marzo de 2023.', /marzo/)).toBe('2023-03-22');
    expect(valueOf('Війська вийшли 22 березня 2023 року.', /березня/)).toBe('2023-03-22');
    expect(valueOf('Войска ушли 22 марта 2023 года.', /марта/)).toBe('2023-03-22');
  });

  it('reads yesterday and a bare weekday as past', () => {
    expect(valueOf('Вчора ворог атакував місто.', /Вчора/)).toBe('2023-03-23');
    expect(valueOf('Ayer hubo explosiones.', /Ayer/)).toBe('2023-03-23');
    expect(valueOf('El presidente viajó el miércoles.', /miércoles/)).toBe('2023-03-22');
  });

  it('puts a day and month without a year in the past unless the sentence looks ahead', () => {
    expect(valueOf('El 5 de abril cayó la ciudad.', /abril/)).toBe('2022-04-05');
    expect(valueOf('5 квітня місто впало.', /квітня/)).toBe('2022-04-05');
    expect(valueOf('Вибори будуть 5 квітня.', /квітня/)).toBe('2023-04-05');
    expect(valueOf('Las elecciones serán el próximo sábado.', /sábado/)).toBe('2023-03-25');
  });

  it('finds a Spanish weekday inside English text', () => {
    const text = 'The ministry said: "He [miércoles] March 22, 2023, all units left."';
    const values = timexesOf(text, DCT).map((t) => t.value);
    expect(values).toContain('2023-03-22');
  });
});
