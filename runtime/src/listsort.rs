//! CPython 3.11's `list.sort` algorithm (Objects/listobject.c, listsort.txt): timsort with
//! powersort's merge policy, binary insertion sort for short runs and galloping merges.
//!
//! Ported step for step because the order of comparisons is observable: a user `__lt__` sees
//! exactly the calls CPython makes, and when one raises, the list is left in the partially
//! sorted state CPython leaves it in. The sort permutes an array of indices; `lt(i, j)` compares
//! the keys at indices `i` and `j`. Every exit (success or error) leaves the array a
//! permutation, as CPython's merges copy their temporary run back before returning.

use crate::object::PyResult;

const MIN_GALLOP: usize = 7;

type Lt<'a> = &'a mut dyn FnMut(usize, usize) -> PyResult<bool>;

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'a, 'b> {
    a: &'a mut [usize],
    lt: Lt<'b>,
    min_gallop: usize,
    pending: Vec<Run>,
    tmp: Vec<usize>,
}

/// Sorts `a` (stable) with the less-than `lt`; on error `a` holds CPython's partial result.
pub fn sort(a: &mut [usize], lt: Lt) -> PyResult<()> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState { a, lt, min_gallop: MIN_GALLOP, pending: Vec::new(), tmp: Vec::new() };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(lo, lo + remaining)?;
        if descending {
            ms.a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binarysort(lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(run, n)?;
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
        remaining -= run;
    }
    ms.force_collapse()
}

/// `merge_compute_minrun`: n itself below 64, else a value in [32, 64] such that n / minrun
/// is a power of 2 or slightly less.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The "power" of the run at `s1` (length `n1`) followed by one of length `n2` in a list of
/// length `n`: the depth of their boundary in the conceptual merge tree.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Where `key` belongs in sorted `a`: the leftmost position (before equal items), searching
/// from `hint` outwards.
fn gallop_left(lt: Lt, key: usize, a: &[usize], hint: usize) -> PyResult<usize> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(a[hint as usize], key)? {
        // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs]
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(a[(hint + ofs) as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs]
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(a[(hint - ofs) as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    // a[lastofs] < key <= a[ofs]: binary search in between
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(a[m as usize], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// Where `key` belongs in sorted `a`: the rightmost position (after equal items), searching
/// from `hint` outwards.
fn gallop_right(lt: Lt, key: usize, a: &[usize], hint: usize) -> PyResult<usize> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(key, a[hint as usize])? {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs]
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, a[(hint - ofs) as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs]
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, a[(hint + ofs) as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    // a[lastofs] <= key < a[ofs]: binary search in between
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, a[m as usize])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// How a merge's main loop ended (CPython's labels).
enum End {
    Succeed,
    /// merge_lo: one item of A is left, it goes after what remains of B
    CopyB,
    /// merge_hi: one item of B is left, it goes before what remains of A
    CopyA,
}

/// merge_lo's cursors: `dest` and `pb` index the array, `pa` the temporary copy of A.
struct LoState {
    dest: usize,
    pa: usize,
    pb: usize,
    na: usize,
    nb: usize,
}

/// merge_hi's cursors: `dest` and `pa` index the array (they may step below the run's
/// start), `pb` the temporary copy of B.
struct HiState {
    dest: isize,
    pa: isize,
    pb: isize,
    na: usize,
    nb: usize,
}

impl MergeState<'_, '_> {
    /// Length of the run starting at `lo` (strictly descending runs are reported as such).
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        let mut p = lo + 1;
        if p == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if (self.lt)(self.a[p], self.a[p - 1])? {
            p += 1;
            while p < hi {
                if !(self.lt)(self.a[p], self.a[p - 1])? {
                    break;
                }
                p += 1;
                n += 1;
            }
            return Ok((n, true));
        }
        p += 1;
        while p < hi {
            if (self.lt)(self.a[p], self.a[p - 1])? {
                break;
            }
            p += 1;
            n += 1;
        }
        Ok((n, false))
    }

    /// Binary insertion sort of `[lo, hi)` whose prefix `[lo, start)` is sorted.
    fn binarysort(&mut self, lo: usize, hi: usize, start: usize) -> PyResult<()> {
        let mut start = if lo == start { start + 1 } else { start };
        while start < hi {
            let pivot = self.a[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if (self.lt)(pivot, self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.a.copy_within(l..start, l + 1);
            self.a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// Powersort: merges the runs on the stack whose power exceeds the new boundary's.
    fn found_new_run(&mut self, n2: usize, listlen: usize) -> PyResult<()> {
        let Some(&top) = self.pending.last() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, listlen);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(self.pending.len() - 2)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = power;
        }
        Ok(())
    }

    fn force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// Merges the runs at stack indices `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let Run { base: mut base_a, len: mut na, .. } = self.pending[i];
        let Run { base: base_b, len: mut nb, .. } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        if i + 3 == self.pending.len() {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.pending.pop();
        // where does B start in A? items of A before that are already in place
        let k = gallop_right(&mut *self.lt, self.a[base_b], &self.a[base_a..base_a + na], 0)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // where does A end in B? items of B after that are already in place
        nb = gallop_left(&mut *self.lt, self.a[base_a + na - 1], &self.a[base_b..base_b + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb { self.merge_lo(base_a, na, base_b, nb) } else { self.merge_hi(base_a, na, base_b, nb) }
    }

    /// Merges A = `[base_a, base_a + na)` and B = `[base_b, base_b + nb)` (adjacent, na <= nb)
    /// left to right, with A copied aside.
    fn merge_lo(&mut self, base_a: usize, na: usize, base_b: usize, nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[base_a..base_a + na]);
        let mut s = LoState { dest: base_a, pa: 0, pb: base_b, na, nb };
        let r = self.merge_lo_loop(&mut s);
        match r {
            Ok(End::CopyB) => {
                // the last item of A belongs at the end of the merge
                self.a.copy_within(s.pb..s.pb + s.nb, s.dest);
                self.a[s.dest + s.nb] = self.tmp[s.pa];
                Ok(())
            }
            _ => {
                if s.na > 0 {
                    self.a[s.dest..s.dest + s.na].copy_from_slice(&self.tmp[s.pa..s.pa + s.na]);
                }
                r.map(|_| ())
            }
        }
    }

    fn merge_lo_loop(&mut self, s: &mut LoState) -> PyResult<End> {
        let a = &mut *self.a;
        let tmp = &self.tmp;
        let lt = &mut *self.lt;
        a[s.dest] = a[s.pb];
        s.dest += 1;
        s.pb += 1;
        s.nb -= 1;
        if s.nb == 0 {
            return Ok(End::Succeed);
        }
        if s.na == 1 {
            return Ok(End::CopyB);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0, 0);
            // one at a time until one run wins consistently
            loop {
                if lt(a[s.pb], tmp[s.pa])? {
                    a[s.dest] = a[s.pb];
                    s.dest += 1;
                    s.pb += 1;
                    bcount += 1;
                    acount = 0;
                    s.nb -= 1;
                    if s.nb == 0 {
                        return Ok(End::Succeed);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    a[s.dest] = tmp[s.pa];
                    s.dest += 1;
                    s.pa += 1;
                    acount += 1;
                    bcount = 0;
                    s.na -= 1;
                    if s.na == 1 {
                        return Ok(End::CopyB);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            // galloping
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let k = gallop_right(lt, a[s.pb], &tmp[s.pa..s.pa + s.na], 0)?;
                acount = k;
                if k > 0 {
                    a[s.dest..s.dest + k].copy_from_slice(&tmp[s.pa..s.pa + k]);
                    s.dest += k;
                    s.pa += k;
                    s.na -= k;
                    if s.na == 1 {
                        return Ok(End::CopyB);
                    }
                    if s.na == 0 {
                        return Ok(End::Succeed);
                    }
                }
                a[s.dest] = a[s.pb];
                s.dest += 1;
                s.pb += 1;
                s.nb -= 1;
                if s.nb == 0 {
                    return Ok(End::Succeed);
                }
                let k = gallop_left(lt, tmp[s.pa], &a[s.pb..s.pb + s.nb], 0)?;
                bcount = k;
                if k > 0 {
                    a.copy_within(s.pb..s.pb + k, s.dest);
                    s.dest += k;
                    s.pb += k;
                    s.nb -= k;
                    if s.nb == 0 {
                        return Ok(End::Succeed);
                    }
                }
                a[s.dest] = tmp[s.pa];
                s.dest += 1;
                s.pa += 1;
                s.na -= 1;
                if s.na == 1 {
                    return Ok(End::CopyB);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merges A and B (adjacent, na > nb) right to left, with B copied aside.
    fn merge_hi(&mut self, base_a: usize, na: usize, base_b: usize, nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[base_b..base_b + nb]);
        let mut s = HiState { dest: (base_b + nb - 1) as isize, pa: (base_a + na - 1) as isize, pb: nb as isize - 1, na, nb };
        let r = self.merge_hi_loop(base_a, &mut s);
        match r {
            Ok(End::CopyA) => {
                // the first item of B belongs at the front of the merge
                let (dest, pa, na) = (s.dest as usize, s.pa as usize, s.na);
                self.a.copy_within(pa + 1 - na..pa + 1, dest + 1 - na);
                self.a[dest - na] = self.tmp[s.pb as usize];
                Ok(())
            }
            _ => {
                if s.nb > 0 {
                    let start = (s.dest - (s.nb as isize - 1)) as usize;
                    self.a[start..start + s.nb].copy_from_slice(&self.tmp[..s.nb]);
                }
                r.map(|_| ())
            }
        }
    }

    fn merge_hi_loop(&mut self, base_a: usize, s: &mut HiState) -> PyResult<End> {
        let a = &mut *self.a;
        let tmp = &self.tmp;
        let lt = &mut *self.lt;
        let ix = |i: isize| i as usize;
        a[ix(s.dest)] = a[ix(s.pa)];
        s.dest -= 1;
        s.pa -= 1;
        s.na -= 1;
        if s.na == 0 {
            return Ok(End::Succeed);
        }
        if s.nb == 1 {
            return Ok(End::CopyA);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0, 0);
            loop {
                if lt(tmp[ix(s.pb)], a[ix(s.pa)])? {
                    a[ix(s.dest)] = a[ix(s.pa)];
                    s.dest -= 1;
                    s.pa -= 1;
                    acount += 1;
                    bcount = 0;
                    s.na -= 1;
                    if s.na == 0 {
                        return Ok(End::Succeed);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    a[ix(s.dest)] = tmp[ix(s.pb)];
                    s.dest -= 1;
                    s.pb -= 1;
                    bcount += 1;
                    acount = 0;
                    s.nb -= 1;
                    if s.nb == 1 {
                        return Ok(End::CopyA);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let k = gallop_right(lt, tmp[ix(s.pb)], &a[base_a..base_a + s.na], s.na - 1)?;
                let k = s.na - k;
                acount = k;
                if k > 0 {
                    s.dest -= k as isize;
                    s.pa -= k as isize;
                    a.copy_within(ix(s.pa + 1)..ix(s.pa + 1) + k, ix(s.dest + 1));
                    s.na -= k;
                    if s.na == 0 {
                        return Ok(End::Succeed);
                    }
                }
                a[ix(s.dest)] = tmp[ix(s.pb)];
                s.dest -= 1;
                s.pb -= 1;
                s.nb -= 1;
                if s.nb == 1 {
                    return Ok(End::CopyA);
                }
                let k = gallop_left(lt, a[ix(s.pa)], &tmp[..s.nb], s.nb - 1)?;
                let k = s.nb - k;
                bcount = k;
                if k > 0 {
                    s.dest -= k as isize;
                    s.pb -= k as isize;
                    a[ix(s.dest + 1)..ix(s.dest + 1) + k].copy_from_slice(&tmp[ix(s.pb + 1)..ix(s.pb + 1) + k]);
                    s.nb -= k;
                    if s.nb == 1 {
                        return Ok(End::CopyA);
                    }
                    if s.nb == 0 {
                        return Ok(End::Succeed);
                    }
                }
                a[ix(s.dest)] = a[ix(s.pa)];
                s.dest -= 1;
                s.pa -= 1;
                s.na -= 1;
                if s.na == 0 {
                    return Ok(End::Succeed);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sorts `keys` by index, recording every comparison as (left key, right key).
    fn run(keys: &[i64]) -> (Vec<usize>, Vec<(i64, i64)>) {
        let mut idx: Vec<usize> = (0..keys.len()).collect();
        let mut calls = vec![];
        sort(&mut idx, &mut |x, y| {
            calls.push((keys[x], keys[y]));
            Ok(keys[x] < keys[y])
        })
        .unwrap();
        (idx, calls)
    }

    #[test]
    fn comparisons_match_cpython() {
        // class K: __lt__ logging (self.v, other.v); sorted([K(3), K(1), K(2)]) in CPython 3.11
        let (idx, calls) = run(&[3, 1, 2]);
        assert_eq!(idx, vec![1, 2, 0]);
        assert_eq!(calls, vec![(1, 3), (2, 1), (2, 3), (2, 1)]);
        // sorted([K(v) for v in [5, 1, 4, 2, 3]]): 8 __lt__ calls in CPython
        assert_eq!(run(&[5, 1, 4, 2, 3]).1.len(), 8);
    }

    #[test]
    fn sorts_and_is_stable() {
        // a pseudo-random sequence long enough for several runs, merges and galloping
        let mut x: u64 = 12345;
        let mut keys = vec![];
        for i in 0..5000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            // long ascending and descending stretches plus noise
            let v = match (i / 700) % 3 {
                0 => i as i64,
                1 => -(i as i64),
                _ => ((x >> 33) % 50) as i64,
            };
            keys.push(v);
        }
        let (idx, _) = run(&keys);
        for w in idx.windows(2) {
            let (a, b) = (keys[w[0]], keys[w[1]]);
            assert!(a < b || (a == b && w[0] < w[1]), "unstable or unsorted");
        }
        let mut seen = idx.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..keys.len()).collect::<Vec<_>>());
    }

    #[test]
    fn error_leaves_a_permutation() {
        // list [3, 1, 5, 4, 0, 2] whose __lt__ raises on 0: CPython leaves [1, 3, 4, 5, 0, 2]
        let keys = [3i64, 1, 5, 4, 0, 2];
        let mut idx: Vec<usize> = (0..keys.len()).collect();
        let r = sort(&mut idx, &mut |x, y| if keys[x] == 0 || keys[y] == 0 { Err(crate::object::Raised) } else { Ok(keys[x] < keys[y]) });
        assert!(r.is_err());
        let got: Vec<i64> = idx.iter().map(|&i| keys[i]).collect();
        assert_eq!(got, vec![1, 3, 4, 5, 0, 2]);
        // failing inside a merge still leaves every index exactly once
        let keys: Vec<i64> = (0..300).map(|i| (i * 7919) % 301).collect();
        let mut idx: Vec<usize> = (0..keys.len()).collect();
        let mut n = 0;
        let r = sort(&mut idx, &mut |x, y| {
            n += 1;
            if n == 1500 { Err(crate::object::Raised) } else { Ok(keys[x] < keys[y]) }
        });
        assert!(r.is_err());
        let mut seen = idx.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..keys.len()).collect::<Vec<_>>());
    }
}
