import { describe, expect, it } from 'vitest';
import { foldKey, foldWords, matchesAllWords } from './search-key';

describe('foldKey', () => {
  it.each([
    ['Құрманғалиев', 'курмангалиев'],
    ['Курмангалиев', 'курмангалиев'],
    ['Әлиева', 'алиева'],
    ['Өтемісова', 'отемисова'],
    ['Үмбетова', 'умбетова'],
    ['Ұлықбекова', 'улыкбекова'],
    ['Ғалымжанов', 'галымжанов'],
    ['Жаңабаев', 'жанабаев'],
    ['Һәкімов', 'хакимов'],
    ['Семёнова', 'семенова'],
    ['Эльмира', 'елмира'],
    ['ІСМАЙЫЛ', 'исмайыл'],
  ])('%s → %s', (typed, key) => {
    expect(foldKey(typed)).toBe(key);
  });

  it('reads Latin look-alikes typed without the Cyrillic layout as Cyrillic', () => {
    expect(foldKey('Өтемiсова')).toBe(foldKey('ӨТЕМІСОВА'));
    expect(foldKey('Kacымoв')).toBe(foldKey('Қасымов'));
  });

  it('folds the Russian and the Kazakh spelling of one surname onto one key', () => {
    expect(foldKey('Жақсылықов')).toBe(foldKey('Жаксылыков'));
    expect(foldKey('Нұрғалиев')).toBe(foldKey('Нургалиев'));
    expect(foldKey('Төлеуова')).toBe(foldKey('Толеуова'));
  });

  it('trims and keeps single spaces', () => {
    expect(foldKey('  Әбілов   Нұрлан ')).toBe('абилов нурлан');
  });
});

describe('foldWords', () => {
  it('splits on spaces, hyphens and punctuation', () => {
    expect(foldWords('Әбдіқадырова-Сүлейменқызы  Гүлнәр, Қайратқызы')).toEqual(['абдикадырова', 'сулейменкызы', 'гулнар', 'кайраткызы']);
    expect(foldWords('  ')).toEqual([]);
  });
});

describe('matchesAllWords', () => {
  const words = foldWords('Құрманғалиев Айгүл Серікқызы');

  it('matches every typed beginning in any order', () => {
    expect(matchesAllWords(foldWords('курман айгуль'), words)).toBe(true);
    expect(matchesAllWords(foldWords('Айгүл Құрман'), words)).toBe(true);
    expect(matchesAllWords(foldWords('айгүл'), words)).toBe(true);
  });

  it('needs a different word for each part', () => {
    expect(matchesAllWords(['ай', 'айгул'], foldWords('Айгүл Бекова'))).toBe(false);
    expect(matchesAllWords(['ай', 'айгул'], foldWords('Айгүл Айдарова'))).toBe(true);
  });

  it('fails when one part matches nothing', () => {
    expect(matchesAllWords(foldWords('курман ержан'), words)).toBe(false);
  });
});
