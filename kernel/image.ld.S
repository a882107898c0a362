/*
 * image.ld.S: the layout of every partition image (run through cpp).
 *
 * [1 MiB, 2 MiB): the ring-0 supervisor, in its own PT_LOADs, mapped for
 * ring 0 only by the monitor.  From 2 MiB (PLINTH_USER_BASE): ring 3's text
 * (R+X), read-only data (R), its stack (RW, no file bytes) and data/bss (RW),
 * each a page-aligned PT_LOAD so the monitor maps it with its own rights.
 * The ring-3 stack sits right above read-only data: an overflow writes
 * into a read-only page and faults instead of corrupting data.  Its size
 * is 1 MiB unless the link defines k_stack_size (--defsym).
 */
#include "sv_layout.h"

#define K_STACK_SIZE (1024 * 1024)
#define USER_BASE    0x200000

OUTPUT_FORMAT("elf64-x86-64")
OUTPUT_ARCH(i386:x86-64)
ENTRY(sv_start)

PHDRS
{
    sv_text PT_LOAD FLAGS(5);
    sv_data PT_LOAD FLAGS(6);
    text    PT_LOAD FLAGS(5);
    rodata  PT_LOAD FLAGS(4);
    stack   PT_LOAD FLAGS(6);
    data    PT_LOAD FLAGS(6);
}

SECTIONS
{
    . = SV_TEXT_BASE;
    .sv.text : {
        sv_vectors = .;
        KEEP(*(.sv.vectors))
        *(.sv.text .sv.text.*)
        *(.sv.rodata .sv.rodata.*)
    } :sv_text
    ASSERT(sv_vectors == SV_TEXT_BASE, "exception stubs must start the supervisor")
    ASSERT(. <= SV_DATA_BASE, "supervisor text too large")

    . = SV_DATA_BASE;
    .sv.data : {
        KEEP(*(.sv.tss))
        *(.sv.data .sv.data.*)
    } :sv_data
    .sv.bss : {
        *(.sv.bss .sv.bss.*)
    } :sv_data
    ASSERT(. <= USER_BASE, "supervisor data too large")

    . = USER_BASE;
    .text : {
        *(.text.unlikely .text.unlikely.*)
        *(.text.startup .text.startup.*)
        *(.text .text.*)
    } :text

    . = ALIGN(4096);
    .rodata : {
        *(.rodata .rodata.*)
    } :rodata
    .init_array : {
        PROVIDE_HIDDEN(__init_array_start = .);
        KEEP(*(SORT_BY_INIT_PRIORITY(.init_array.*) SORT_BY_INIT_PRIORITY(.ctors.*)))
        KEEP(*(.init_array .ctors))
        PROVIDE_HIDDEN(__init_array_end = .);
    } :rodata
    .fini_array : {
        PROVIDE_HIDDEN(__fini_array_start = .);
        KEEP(*(SORT_BY_INIT_PRIORITY(.fini_array.*) SORT_BY_INIT_PRIORITY(.dtors.*)))
        KEEP(*(.fini_array .dtors))
        PROVIDE_HIDDEN(__fini_array_end = .);
    } :rodata

    . = ALIGN(4096);
    k_stack_guard = . - 4096;
    .k.stack (NOLOAD) : {
        k_stack_bottom = .;
        . += DEFINED(k_stack_size) ? ALIGN(k_stack_size, 4096) : K_STACK_SIZE;
        k_stack_top = .;
    } :stack

    .data : {
        *(.data .data.*)
        *(.got .got.plt)
    } :data
    .tdata : { *(.tdata .tdata.*) } :data
    .tbss : { *(.tbss .tbss.*) } :data
    ASSERT(SIZEOF(.tdata) == 0 && SIZEOF(.tbss) == 0,
           "thread-local storage is not supported in a partition")
    .bss : {
        *(.bss .bss.*)
        *(COMMON)
    } :data
    . = ALIGN(4096);
    k_image_end = .;

    /DISCARD/ : {
        *(.eh_frame .eh_frame_hdr .sv.eh_frame)
        *(.note .note.*)
        *(.sv.note.*)
        *(.comment)
        *(.interp .dynamic .dynsym .dynstr .hash .gnu.hash)
    }
}
