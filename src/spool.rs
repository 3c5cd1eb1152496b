//! The evidence spool: sentence texts kept as evidence, moved out of memory.
//!
//! Input: the text of a sentence the graph keeps as evidence. Output: a
//! handle (eight bytes) from which the text is read back when a file is
//! written. A gigabyte corpus keeps millions of distinct evidence sentences,
//! about a fifth of everything a build holds; on disk they cost the page cache,
//! which the kernel can give back, instead of resident memory.
//!
//! Invariants: a handle reads back exactly the text it was given; stored bytes
//! are never moved or rewritten; a spool that fails to write keeps what it has
//! not written yet in memory and refuses new text (the caller then keeps that
//! text in memory), so nothing stored is lost. The spool is one anonymous
//! temporary file per process, deleted by the operating system when the
//! process ends.

use std::fs::File;
use std::io::{self, Write};
use std::os::unix::fs::FileExt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

/// Bytes gathered in memory before they are written to the file in one call.
const WRITE_CHUNK: usize = 1 << 20;
/// Bits of a handle that hold the length; the rest hold the offset.
const LEN_BITS: u32 = 24;
/// Longest text a handle can describe (16 MiB); longer sentences stay in memory.
pub const MAX_LEN: usize = (1 << LEN_BITS) - 1;
/// Largest offset a handle can describe (512 GiB of spooled text): the top
/// bit is left free for [`SentenceText`](crate::model::SentenceText) to tag
/// a handle apart from a pointer.
pub(crate) const MAX_OFFSET: u64 = (1 << (63 - LEN_BITS)) - 1;

/// Where a stored text lies: offset and length packed into one `u64`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handle(u64);

impl Handle {
    pub(crate) fn new(offset: u64, len: usize) -> Option<Handle> {
        (offset <= MAX_OFFSET && len <= MAX_LEN).then_some(Handle(offset << LEN_BITS | len as u64))
    }

    /// The packed word, below 2^63.
    pub(crate) fn to_bits(self) -> u64 {
        self.0
    }

    /// The handle of a word from [`Handle::to_bits`].
    pub(crate) fn from_bits(bits: u64) -> Handle {
        Handle(bits)
    }

    fn offset(self) -> u64 {
        self.0 >> LEN_BITS
    }

    /// Length of the text in bytes.
    pub fn len(self) -> usize {
        (self.0 & MAX_LEN as u64) as usize
    }

    /// True for the empty text.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
}

/// An append-only store of texts in a temporary file.
#[derive(Debug)]
pub struct Spool {
    file: File,
    /// Bytes written to the file; everything before it can be read with `pread`.
    written: AtomicU64,
    pending: Mutex<Pending>,
}

#[derive(Debug)]
struct Pending {
    /// File offset of `buf[0]`.
    start: u64,
    /// Texts not written yet.
    buf: Vec<u8>,
    /// A write failed: keep `buf`, take nothing new.
    broken: bool,
}

impl Spool {
    /// A spool in a new anonymous temporary file.
    pub fn new() -> io::Result<Spool> {
        Ok(Spool {
            file: tempfile::tempfile()?,
            written: AtomicU64::new(0),
            pending: Mutex::new(Pending {
                start: 0,
                buf: Vec::with_capacity(WRITE_CHUNK),
                broken: false,
            }),
        })
    }

    /// The process's spool, created on first use; `None` when no temporary file
    /// can be created (callers then keep their text in memory).
    pub fn global() -> Option<&'static Spool> {
        static GLOBAL: OnceLock<Option<Spool>> = OnceLock::new();
        GLOBAL.get_or_init(|| Spool::new().ok()).as_ref()
    }

    /// Stores `text`; `None` when it is too long for a handle or the spool can
    /// no longer write.
    pub fn store(&self, text: &str) -> Option<Handle> {
        let mut p = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        if p.broken {
            return None;
        }
        let handle = Handle::new(p.start + p.buf.len() as u64, text.len())?;
        p.buf.extend_from_slice(text.as_bytes());
        if p.buf.len() >= WRITE_CHUNK {
            // The file's cursor is moved by these writes only (reads use pread).
            match (&self.file).write_all(&p.buf) {
                Ok(()) => {
                    p.start += p.buf.len() as u64;
                    p.buf.clear();
                    self.written.store(p.start, Ordering::Release);
                }
                Err(_) => p.broken = true,
            }
        }
        Some(handle)
    }

    /// Reads the text of `h` into `out` (replacing its contents).
    pub fn read(&self, h: Handle, out: &mut String) -> io::Result<()> {
        out.clear();
        let (offset, len) = (h.offset(), h.len());
        let mut bytes = std::mem::take(out).into_bytes();
        bytes.resize(len, 0);
        // Texts are written whole, so a text that starts before `written` ends before it.
        if offset < self.written.load(Ordering::Acquire) {
            self.file.read_exact_at(&mut bytes, offset)?;
        } else {
            let p = self.pending.lock().unwrap_or_else(|e| e.into_inner());
            let from = offset
                .checked_sub(p.start)
                .map(|i| i as usize)
                .filter(|&i| i + len <= p.buf.len())
                .ok_or_else(|| io::Error::other("evidence spool: handle out of range"))?;
            bytes.copy_from_slice(&p.buf[from..from + len]);
        }
        *out = String::from_utf8(bytes).map_err(|_| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                "evidence spool: text is not UTF-8",
            )
        })?;
        Ok(())
    }

    /// The text of `h`, read into a new string.
    pub fn get(&self, h: Handle) -> io::Result<String> {
        let mut s = String::new();
        self.read(h, &mut s)?;
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_what_was_stored_before_and_after_a_flush() {
        let spool = Spool::new().unwrap();
        let first = spool.store("锂电池产业链").unwrap();
        let empty = spool.store("").unwrap();
        // Enough text to force the first chunk to disk.
        let filler = "正极材料".repeat(WRITE_CHUNK / 12 + 1);
        let big = spool.store(&filler).unwrap();
        let last = spool.store("回收").unwrap();
        assert!(
            spool.written.load(Ordering::Acquire) > 0,
            "a chunk was written"
        );
        assert_eq!(spool.get(first).unwrap(), "锂电池产业链");
        assert_eq!(spool.get(empty).unwrap(), "");
        assert_eq!(spool.get(big).unwrap(), filler);
        assert_eq!(spool.get(last).unwrap(), "回收");
    }

    #[test]
    fn too_long_for_a_handle_is_refused() {
        let spool = Spool::new().unwrap();
        assert!(spool.store(&"a".repeat(MAX_LEN + 1)).is_none());
        assert!(spool.store(&"a".repeat(16)).is_some());
    }

    #[test]
    fn a_broken_spool_refuses_new_text_and_keeps_the_old() {
        let spool = Spool::new().unwrap();
        let kept = spool.store("保留").unwrap();
        spool.pending.lock().unwrap().broken = true;
        assert!(spool.store("新").is_none());
        assert_eq!(spool.get(kept).unwrap(), "保留");
    }

    #[test]
    fn a_handle_outside_the_spool_is_an_error_not_a_panic() {
        let spool = Spool::new().unwrap();
        let h = Handle::new(1000, 5).unwrap();
        assert!(spool.get(h).is_err());
    }
}
