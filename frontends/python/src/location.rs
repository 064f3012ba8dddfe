//! Source positions: ruff's byte ranges turned into [`Location`]s (1-based lines, 1-based
//! columns counted in characters, the end just past the node) and back into character
//! offsets for rendering.

use metal0_dialects::Location;
use ruff_source_file::LineIndex;
use ruff_text_size::{TextRange, TextSize};

/// Maps byte ranges of one source text to locations.
pub struct Locator<'a> {
    file: &'a str,
    text: &'a str,
    index: LineIndex,
}

impl<'a> Locator<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Locator { file, text, index: LineIndex::from_source_text(text) }
    }

    /// The location spanning `range`.
    pub fn loc(&self, range: TextRange) -> Location {
        let start = self.line_col(range.start());
        let end = self.line_col(range.end());
        Location::File { file: self.file.to_string(), line: start.0, col: start.1, end_line: end.0, end_col: end.1 }
    }

    /// The source text of `range` (empty when it is out of bounds).
    pub fn slice(&self, range: TextRange) -> &'a str {
        self.text.get(range.start().to_usize()..range.end().to_usize()).unwrap_or("")
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The file path as the user gave it.
    pub fn file(&self) -> &'a str {
        self.file
    }

    fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let offset = offset.min(self.text_len());
        let lc = self.index.line_column(offset, self.text);
        (lc.line.get() as u32, lc.column.get() as u32)
    }

    fn text_len(&self) -> TextSize {
        TextSize::try_from(self.text.len()).unwrap_or(TextSize::new(u32::MAX))
    }
}

/// Line starts of a text, computed once, for turning many locations back into character
/// ranges (the inverse of [`Locator::loc`]).
pub struct CharLines {
    starts: Vec<usize>,
    total: usize,
}

impl CharLines {
    pub fn new(text: &str) -> Self {
        CharLines { starts: line_start_chars(text), total: text.chars().count() }
    }

    /// The character range `loc` spans, clamped to the text; None for unknown locations and
    /// lines the text does not have.
    pub fn char_span(&self, loc: &Location) -> Option<std::ops::Range<usize>> {
        let Location::File { line, col, end_line, end_col, .. } = loc else { return None };
        if self.total == 0 || *line as usize > self.starts.len() {
            return None;
        }
        let at = |line: u32, col: u32| -> usize {
            let line = (line.max(1) as usize - 1).min(self.starts.len() - 1);
            (self.starts[line] + col.max(1) as usize - 1).min(self.total)
        };
        let start = at(*line, *col);
        let end = at(*end_line, *end_col).max(start);
        Some(start..end)
    }
}

/// The character offset where each line starts (`\n`, `\r\n` and lone `\r` end lines, as in
/// Python's tokenizer).
fn line_start_chars(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut chars = text.chars().peekable();
    let mut i = 0;
    while let Some(c) = chars.next() {
        i += 1;
        match c {
            '\n' => starts.push(i),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                    i += 1;
                }
                starts.push(i);
            }
            _ => {}
        }
    }
    starts
}
