/** What a client sends; members beyond these are kept as they are. */
export interface BookInput {
  title: string;
  author: string;
  year?: number;
  isbn?: string;
  tags?: string[];
  [field: string]: unknown;
}

export interface Book extends BookInput {
  id: number;
}

/** Real books, so that a search like `?q=le guin` finds something a person recognises. */
export function seedBooks(): Book[] {
  return [
    { id: 1, title: 'The Left Hand of Darkness', author: 'Ursula K. Le Guin', year: 1969, isbn: '978-0441478125', tags: ['science fiction'] },
    { id: 2, title: 'Structure and Interpretation of Computer Programs', author: 'Harold Abelson, Gerald Jay Sussman', year: 1985, isbn: '978-0262510875', tags: ['programming'] },
    { id: 3, title: 'Beloved', author: 'Toni Morrison', year: 1987, isbn: '978-1400033416', tags: ['novel'] },
    { id: 4, title: 'The Name of the Rose', author: 'Umberto Eco', year: 1980, isbn: '978-0156001311', tags: ['mystery', 'historical'] },
    { id: 5, title: 'Things Fall Apart', author: 'Chinua Achebe', year: 1958, isbn: '978-0385474542', tags: ['novel'] },
    { id: 6, title: 'The Dispossessed', author: 'Ursula K. Le Guin', year: 1974, isbn: '978-0061054884', tags: ['science fiction'] },
    { id: 7, title: 'Gödel, Escher, Bach', author: 'Douglas Hofstadter', year: 1979, isbn: '978-0465026562', tags: ['mathematics', 'philosophy'] },
    { id: 8, title: 'One Hundred Years of Solitude', author: 'Gabriel García Márquez', year: 1967, isbn: '978-0060883287', tags: ['novel', 'magical realism'] },
  ];
}
