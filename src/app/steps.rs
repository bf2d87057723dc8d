//! Rendering in steps, one step a frame for the whole page. A view that is too large to
//! build at once (an article of hundreds of paragraphs) queues a step ([`queue_step`]);
//! the queue runs the oldest waiting step in the task right after the next frame (the
//! frame that shows the step before it), then the next one after the following frame. A
//! view queues its next step when it has rendered the last one, so several views take
//! turns (first in, first out) and every frame lays out and paints one step, whatever the
//! number of views.
//!
//! A hidden tab gets no frames: a step also runs [`HIDDEN_TAB_MS`] after it became due.

use super::browser;
use std::cell::RefCell;
use std::collections::VecDeque;

/// How long a due step waits for a frame before it runs anyway (a hidden tab gets none).
pub const HIDDEN_TAB_MS: u32 = 100;

type StepFn = Box<dyn FnOnce()>;

#[derive(Default)]
struct Queue {
    /// The last token handed out.
    token: u64,
    /// Steps waiting for their turn, oldest first: (token, the step).
    waiting: VecDeque<(u64, StepFn)>,
    /// The pump scheduled for the next frame: its number and its frame request.
    pump: Option<(u64, gloo::render::AnimationFrame)>,
    /// The last pump number handed out.
    pumps: u64,
}

thread_local! {
    static QUEUE: RefCell<Queue> = RefCell::new(Queue::default());
}

/// A queued step. Dropping it before its turn takes it out of the queue (it never runs).
#[must_use = "dropping the step takes it out of the queue"]
pub struct Step(u64);

impl Drop for Step {
    fn drop(&mut self) {
        let token = self.0;
        // Taken out of the queue first, dropped after the borrow ends (the step's closure
        // may hold values whose drop touches the queue).
        let removed: Vec<StepFn> = QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            let mut gone = Vec::new();
            let mut kept = VecDeque::new();
            for (t, f) in std::mem::take(&mut q.waiting) {
                if t == token {
                    gone.push(f);
                } else {
                    kept.push_back((t, f));
                }
            }
            q.waiting = kept;
            gone
        });
        drop(removed);
    }
}

/// Queue `f` to run in the task after a coming frame, after the steps queued before it,
/// one step a frame.
pub fn queue_step(f: impl FnOnce() + 'static) -> Step {
    let token = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        q.token += 1;
        let token = q.token;
        q.waiting.push_back((token, Box::new(f)));
        token
    });
    ensure_pump();
    Step(token)
}

/// How many steps are waiting (for tests and diagnostics).
pub fn waiting() -> usize {
    QUEUE.with(|q| q.borrow().waiting.len())
}

/// Schedule the queue's next turn after the next frame, unless one is scheduled or
/// nothing waits.
fn ensure_pump() {
    let number = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if q.pump.is_some() || q.waiting.is_empty() {
            return None;
        }
        q.pumps += 1;
        Some(q.pumps)
    });
    let Some(number) = number else {
        return;
    };
    let frame = browser::after_frame(move || run_one(number));
    QUEUE.with(|q| q.borrow_mut().pump = Some((number, frame)));
    gloo::timers::callback::Timeout::new(HIDDEN_TAB_MS, move || run_one(number)).forget();
}

/// Turn `number` of the queue: run the oldest waiting step (if this turn was not taken
/// already by its frame or its timer), then schedule the next turn.
fn run_one(number: u64) {
    let taken = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        match &q.pump {
            Some((n, _)) if *n == number => {
                let pump = q.pump.take();
                Some((pump, q.waiting.pop_front()))
            }
            _ => None,
        }
    });
    // The frame request is dropped outside the borrow (after its frame it is a no-op;
    // from the timer it cancels the frame that did not come).
    let Some((pump, step)) = taken else {
        return;
    };
    drop(pump);
    if let Some((_, f)) = step {
        f();
    }
    ensure_pump();
}
