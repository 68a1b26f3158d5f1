package org.hotlink.memory.dualmap;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import org.hotlink.diagnostic.MemoryException;

/**
 * The libc calls of the dual-map strategy (mmap, munmap, mprotect, madvise, memfd_create,
 * ftruncate, fallocate, close), bound by JNA direct mapping. Each wrapper turns a failure into a {@link MemoryException}
 * naming the call and the errno text. Constants are the Linux values, equal on x86-64 and AArch64.
 */
final class MemoryCalls {
    static final int PROT_NONE = 0;
    static final int PROT_READ = 1;
    static final int PROT_WRITE = 2;
    static final int PROT_EXEC = 4;
    static final int MAP_SHARED = 0x01;
    static final int MAP_PRIVATE = 0x02;
    static final int MAP_FIXED = 0x10;
    static final int MAP_ANONYMOUS = 0x20;
    static final int MAP_NORESERVE = 0x4000;
    static final int MFD_CLOEXEC = 0x1;
    static final int MADV_DONTNEED = 4;
    static final int FALLOC_FL_KEEP_SIZE = 0x01;
    static final int FALLOC_FL_PUNCH_HOLE = 0x02;
    private static final int SC_PAGESIZE = 30;
    private static final long MAP_FAILED = -1L;

    static {
        Native.register(MemoryCalls.class, NativeLibrary.getInstance("c"));
    }

    private MemoryCalls() {
    }

    private static native long mmap(long address, long length, int protection, int flags, int fd, long offset)
            throws LastErrorException;

    private static native int munmap(long address, long length) throws LastErrorException;

    private static native int mprotect(long address, long length, int protection) throws LastErrorException;

    private static native int madvise(long address, long length, int advice) throws LastErrorException;

    private static native int fallocate(int fd, int mode, long offset, long length) throws LastErrorException;

    private static native int memfd_create(String name, int flags) throws LastErrorException;

    private static native int ftruncate(int fd, long length) throws LastErrorException;

    private static native int close(int fd) throws LastErrorException;

    private static native long sysconf(int name);

    private static native String strerror(int errno);

    static long pageSize() {
        return sysconf(SC_PAGESIZE);
    }

    static long map(long address, long length, int protection, int flags, int fd, long offset) throws MemoryException {
        try {
            long result = mmap(address, length, protection, flags, fd, offset);
            if (result == MAP_FAILED) {
                throw new MemoryException("mmap(" + length + " bytes) failed");
            }
            return result;
        } catch (LastErrorException e) {
            throw failure("mmap(" + length + " bytes)", e);
        }
    }

    static void unmap(long address, long length) throws MemoryException {
        try {
            munmap(address, length);
        } catch (LastErrorException e) {
            throw failure("munmap(0x" + Long.toHexString(address) + ", " + length + ")", e);
        }
    }

    static void protect(long address, long length, int protection) throws MemoryException {
        try {
            mprotect(address, length, protection);
        } catch (LastErrorException e) {
            throw failure("mprotect(0x" + Long.toHexString(address) + ", " + length + ", " + protection + ")", e);
        }
    }

    /** Drops the pages of private anonymous memory: they read as zero when next touched. */
    static void discardAnonymous(long address, long length) throws MemoryException {
        try {
            madvise(address, length, MADV_DONTNEED);
        } catch (LastErrorException e) {
            throw failure("madvise(0x" + Long.toHexString(address) + ", " + length + ", MADV_DONTNEED)", e);
        }
    }

    /** Frees a range of a memory file's pages: every mapping of them reads zero afterwards. */
    static void punchHole(int fd, long offset, long length) throws MemoryException {
        try {
            fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, offset, length);
        } catch (LastErrorException e) {
            throw failure("fallocate(" + fd + ", PUNCH_HOLE, " + offset + ", " + length + ")", e);
        }
    }

    static int createMemoryFile(String name) throws MemoryException {
        try {
            return memfd_create(name, MFD_CLOEXEC);
        } catch (LastErrorException e) {
            throw failure("memfd_create(\"" + name + "\")", e);
        }
    }

    static void truncate(int fd, long length) throws MemoryException {
        try {
            ftruncate(fd, length);
        } catch (LastErrorException e) {
            throw failure("ftruncate(" + fd + ", " + length + ")", e);
        }
    }

    static void closeFile(int fd) throws MemoryException {
        try {
            close(fd);
        } catch (LastErrorException e) {
            throw failure("close(" + fd + ")", e);
        }
    }

    private static MemoryException failure(String call, LastErrorException e) {
        int errno = e.getErrorCode();
        return new MemoryException(call + " failed: errno " + errno + " (" + strerror(errno) + ")", null, e);
    }
}
