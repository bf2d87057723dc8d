//! Undo and redo of curation choices: each step (a click, "Accept all agreed", "Accept
//! all majority", "Start over", saved choices taken up) is the list of items whose choice
//! it changed, with the choice before and after, so a step is small whatever the class's
//! size and a copy of the history shares its steps. When the files change (a student's
//! file added, removed or read again), the history is carried over to the new curation
//! where it still applies ([`History::carried_over`]).

use super::{Curation, SavedChoice};
use std::collections::HashMap;
use std::rc::Rc;

/// One item's choice changed by a step: (item, before, after).
pub type Change = (usize, Option<usize>, Option<usize>);

/// The undo and redo stacks of a curation's choices. Cheap to clone: the steps are shared.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    undo: Vec<Rc<[Change]>>,
    redo: Vec<Rc<[Change]>>,
}

impl History {
    /// How many steps can be undone at most (the oldest are forgotten).
    pub const LIMIT: usize = 500;

    /// Record the step from `before` to `after` (the same curation's choices before and
    /// after an action), if it changed any choice; a new step clears what could be redone.
    /// Returns whether a step was recorded.
    pub fn record(&mut self, before: &Curation, after: &Curation) -> bool {
        let changes: Vec<Change> = (0..after.choices.len())
            .filter_map(|i| {
                let (b, a) = (before.choice(i), after.choice(i));
                (b != a).then_some((i, b, a))
            })
            .collect();
        if changes.is_empty() {
            return false;
        }
        self.undo.push(changes.into());
        if self.undo.len() > Self::LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        true
    }

    /// Undo the last step on `c`. Returns whether there was one.
    pub fn undo(&mut self, c: &mut Curation) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        set(c, step.iter().map(|&(i, b, _)| (i, b)));
        self.redo.push(step);
        true
    }

    /// Redo the last undone step on `c`. Returns whether there was one.
    pub fn redo(&mut self, c: &mut Curation) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        set(c, step.iter().map(|&(i, _, a)| (i, a)));
        self.undo.push(step);
        true
    }

    /// This history of `old`'s choices as a history of `new`'s, a curation of changed
    /// files with the choices that still apply carried over from `old`: each change is
    /// moved to the item of `new` that has its versions (versions are matched by article,
    /// offsets and label, not by item number), and kept if undoing it (or redoing it)
    /// starts from `new`'s choices as they are, step after step. Changes of versions no
    /// file has any more are dropped, and steps left with no change.
    pub fn carried_over(&self, old: &Curation, new: &Curation) -> History {
        let ids = old.version_ids();
        let places: HashMap<SavedChoice, (usize, usize)> = new
            .version_ids()
            .into_iter()
            .enumerate()
            .flat_map(|(i, vs)| vs.into_iter().enumerate().map(move |(v, id)| (id, (i, v))))
            .collect();
        // A change of `old` as one of `new`, if both its versions are versions of one item.
        let moved = |&(i, b, a): &Change| -> Option<Change> {
            let place = |v: usize| places.get(ids.get(i)?.get(v)?).copied();
            let (b, a) = (b.map(place), a.map(place));
            if b == Some(None) || a == Some(None) {
                return None;
            }
            let (b, a) = (b.flatten(), a.flatten());
            let item = b.or(a)?.0;
            if b.is_some_and(|p| p.0 != item) || a.is_some_and(|p| p.0 != item) {
                return None;
            }
            Some((item, b.map(|p| p.1), a.map(|p| p.1)))
        };
        // Walk the steps from the choices as they are: back through the undo stack, then
        // forward through the redo stack; a change is kept when it starts from the choice
        // the item has at that point.
        let walk = |steps: &[Rc<[Change]>], undoing: bool| -> Vec<Rc<[Change]>> {
            let mut now = new.choices.clone();
            let mut kept: Vec<Rc<[Change]>> = steps
                .iter()
                .rev()
                .filter_map(|step| {
                    let changes: Vec<Change> = step
                        .iter()
                        .filter_map(&moved)
                        .filter(|&(i, b, a)| {
                            let (from, to) = if undoing { (a, b) } else { (b, a) };
                            let fits = now.get(i) == Some(&from);
                            if fits {
                                now[i] = to;
                            }
                            fits
                        })
                        .collect();
                    (!changes.is_empty()).then(|| changes.into())
                })
                .collect();
            kept.reverse();
            kept
        };
        History {
            undo: walk(&self.undo, true),
            redo: walk(&self.redo, false),
        }
    }

    /// Whether a step can be undone.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether an undone step can be redone.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

/// Set the choices of a step's items (an item that does not exist is passed over).
fn set(c: &mut Curation, choices: impl Iterator<Item = (usize, Option<usize>)>) {
    for (i, v) in choices {
        if let Some(slot) = c.choices.get_mut(i) {
            *slot = v;
        }
    }
}
