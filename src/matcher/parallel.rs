//! Work spread over the machine's cores where there are threads: natively through rayon's
//! pool (the `parallax` tool, the examples), one item after another in the browser, where
//! wasm32 has no threads (the page puts large matching in a Web Worker instead).
//!
//! Results come back in the order of the input whatever the number of threads, so every
//! caller's output is the same as a single-threaded run's, byte for byte.

/// `f` applied to each item of `items`; the results in the same order.
pub(crate) fn map<T, R>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    #[cfg(not(target_arch = "wasm32"))]
    {
        use rayon::prelude::*;
        items.par_iter().map(f).collect()
    }
    #[cfg(target_arch = "wasm32")]
    {
        items.iter().map(f).collect()
    }
}

/// How many threads [`map`] spreads work over (1 in the browser).
pub(crate) fn threads() -> usize {
    #[cfg(not(target_arch = "wasm32"))]
    {
        rayon::current_num_threads()
    }
    #[cfg(target_arch = "wasm32")]
    {
        1
    }
}

/// `f` applied to each item of `items` in place.
pub(crate) fn for_each_mut<T: Send>(items: &mut [T], f: impl Fn(&mut T) + Sync + Send) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        use rayon::prelude::*;
        items.par_iter_mut().for_each(f)
    }
    #[cfg(target_arch = "wasm32")]
    {
        items.iter_mut().for_each(f)
    }
}

/// Drop `items`, each on whichever core is free (natively): a batch's prepared sentences
/// hold many small allocations, and freeing them on one thread at the end is a serial step.
pub(crate) fn drop_all<T: Send>(items: Vec<T>) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        use rayon::prelude::*;
        items.into_par_iter().for_each(drop)
    }
    #[cfg(target_arch = "wasm32")]
    {
        drop(items)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn map_keeps_the_order_of_the_input() {
        let items: Vec<u32> = (0..10_000).collect();
        let out = super::map(&items, |&i| i * 2);
        assert_eq!(out, items.iter().map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn for_each_mut_reaches_every_item_once() {
        let mut items: Vec<u32> = (0..10_000).collect();
        super::for_each_mut(&mut items, |i| *i += 1);
        assert!(items.iter().enumerate().all(|(k, &v)| v == k as u32 + 1));
    }
}
