"""The Vietnamese language, below the readers and the pages: folding and the cleaned text with its offset map
(`text`), the data tables of the genre (`tables`), the administrative units (`gazetteer`), diacritic restoration of
running text (`restore`) and of the short names a reader reports (`vocab`), and the shipped model (`data/`).

It imports nothing from the readers, the graph or the web; inside it, each module imports only those before it in
this order: tables, text, gazetteer, restore, vocab."""
