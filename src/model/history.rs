//! Undo and redo: snapshots of a value, with a bounded past.
//!
//! Workspace snapshots share their document texts, so a snapshot costs the span, link and
//! relation lists only.

/// How many steps back undo reaches.
pub const UNDO_LIMIT: usize = 200;

/// A present value with the states before it (undo) and after it (redo).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History<T> {
    past: Vec<T>,
    present: T,
    future: Vec<T>,
    /// The key of the newest step if [`History::edit_merging`] made it, so that the next
    /// edit with the same key joins it (a note typed in pauses is one step).
    merge_key: Option<String>,
}

impl<T: Clone> History<T> {
    /// A history whose present is `present`, with nothing to undo or redo.
    pub fn new(present: T) -> Self {
        History {
            past: Vec::new(),
            present,
            future: Vec::new(),
            merge_key: None,
        }
    }

    /// The current value.
    pub fn present(&self) -> &T {
        &self.present
    }

    /// Make `next` the present, remembering the old present for undo; clears redo.
    pub fn push(&mut self, next: T) {
        let old = std::mem::replace(&mut self.present, next);
        self.past.push(old);
        if self.past.len() > UNDO_LIMIT {
            self.past.remove(0);
        }
        self.future.clear();
        self.merge_key = None;
    }

    /// Apply `edit` to a copy of the present. If it succeeds the copy becomes the present
    /// (undoable); if it fails nothing changes and the error is returned.
    pub fn edit<R, E>(&mut self, edit: impl FnOnce(&mut T) -> Result<R, E>) -> Result<R, E> {
        let mut next = self.present.clone();
        let out = edit(&mut next)?;
        self.push(next);
        Ok(out)
    }

    /// [`History::edit`], except that when the newest step was made by this method with
    /// the same `key` (and nothing was undone since), the edit joins that step instead of
    /// making one more: undo then goes back to before the first of them. Typing a note in
    /// several pauses is one undo step, not one per pause.
    pub fn edit_merging<R, E>(
        &mut self,
        key: &str,
        edit: impl FnOnce(&mut T) -> Result<R, E>,
    ) -> Result<R, E> {
        let mut next = self.present.clone();
        let out = edit(&mut next)?;
        if self.merge_key.as_deref() == Some(key) && self.future.is_empty() {
            self.present = next;
        } else {
            self.push(next);
            self.merge_key = Some(key.to_string());
        }
        Ok(out)
    }

    /// Whether there is a state to go back to (at most [`UNDO_LIMIT`] are kept).
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether an undone state can be restored (cleared by any new change).
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Step back; false if there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.merge_key = None;
        match self.past.pop() {
            Some(prev) => {
                let cur = std::mem::replace(&mut self.present, prev);
                self.future.push(cur);
                true
            }
            None => false,
        }
    }

    /// Step forward; false if there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.merge_key = None;
        match self.future.pop() {
            Some(next) => {
                let cur = std::mem::replace(&mut self.present, next);
                self.past.push(cur);
                true
            }
            None => false,
        }
    }
}

impl<T> History<T> {
    /// Whether `self` and `other` hold the same snapshots as judged by `same` (e.g.
    /// `Rc::ptr_eq`), step by step: O(steps) calls of `same`, so with pointer equality
    /// the cost does not grow with the snapshots' size (the derived `==` compares every
    /// snapshot's content).
    pub fn same_by(&self, other: &Self, same: impl Fn(&T, &T) -> bool) -> bool {
        self.past.len() == other.past.len()
            && self.future.len() == other.future.len()
            && same(&self.present, &other.present)
            && self.past.iter().zip(&other.past).all(|(a, b)| same(a, b))
            && self
                .future
                .iter()
                .zip(&other.future)
                .all(|(a, b)| same(a, b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_redo_and_failed_edits() {
        let mut h = History::new(0);
        h.edit(|v| -> Result<(), ()> {
            *v = 1;
            Ok(())
        })
        .unwrap();
        assert!(h
            .edit(|v| -> Result<(), &str> {
                *v = 99;
                Err("refused")
            })
            .is_err());
        assert_eq!(*h.present(), 1, "a failed edit changes nothing");
        h.push(2);
        assert!(h.undo());
        assert_eq!(*h.present(), 1);
        assert!(h.redo());
        assert_eq!(*h.present(), 2);
        assert!(!h.redo());
        h.undo();
        h.push(3);
        assert!(!h.can_redo(), "a new edit clears redo");
        for i in 0..UNDO_LIMIT + 10 {
            h.push(i as i32);
        }
        let mut steps = 0;
        while h.undo() {
            steps += 1;
        }
        assert_eq!(steps, UNDO_LIMIT);
    }

    #[test]
    fn same_by_compares_snapshots_by_the_given_test() {
        use std::rc::Rc;
        let mut a = History::new(Rc::new(vec![1]));
        a.push(Rc::new(vec![1, 2]));
        let b = a.clone();
        assert!(a.same_by(&b, Rc::ptr_eq), "a clone shares every snapshot");
        // Equal content in a new allocation: equal by value, not the same snapshot.
        let mut c = History::new(Rc::new(vec![1]));
        c.push(Rc::new(vec![1, 2]));
        assert!(a == c);
        assert!(!a.same_by(&c, Rc::ptr_eq));
        // Another step, or an undone one, differs.
        let mut d = a.clone();
        d.push(Rc::new(vec![3]));
        assert!(!a.same_by(&d, Rc::ptr_eq));
        let mut e = a.clone();
        assert!(e.undo());
        assert!(!a.same_by(&e, Rc::ptr_eq));
    }

    #[test]
    fn edits_with_one_merge_key_in_a_row_are_one_step() {
        let set = |v: i32| {
            move |x: &mut i32| -> Result<(), ()> {
                *x = v;
                Ok(())
            }
        };
        let mut h = History::new(0);
        h.edit(set(1)).unwrap();
        // A note typed in three pauses: one step.
        h.edit_merging("note s1", set(2)).unwrap();
        h.edit_merging("note s1", set(3)).unwrap();
        h.edit_merging("note s1", set(4)).unwrap();
        assert_eq!(*h.present(), 4);
        assert!(h.undo());
        assert_eq!(*h.present(), 1, "one undo takes the whole note back");
        assert!(h.redo());
        assert_eq!(*h.present(), 4);
        // After a redo, another edit with the key makes a step of its own.
        h.edit_merging("note s1", set(5)).unwrap();
        assert!(h.undo());
        assert_eq!(*h.present(), 4);
        // Another key, or another edit in between, starts a new step.
        h.edit_merging("note s1", set(6)).unwrap();
        h.edit_merging("note s2", set(7)).unwrap();
        assert!(h.undo());
        assert_eq!(*h.present(), 6);
        h.edit(set(8)).unwrap();
        h.edit_merging("note s2", set(9)).unwrap();
        h.edit_merging("note s2", set(10)).unwrap();
        assert!(h.undo());
        assert_eq!(*h.present(), 8);
        // A failed edit changes nothing and keeps the merging going.
        assert!(h
            .edit_merging("note s2", |_: &mut i32| Err::<(), ()>(()))
            .is_err());
        assert_eq!(*h.present(), 8);
    }
}
