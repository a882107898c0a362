# jvm/libm.mk: the math the JVM's natives use, one copy for both builds:
# musl's libm objects taken from Debian's musl libc.a, linked into one
# relocatable object whose every symbol is prefixed plm_ (so the hosted
# build keeps glibc's libm beside it untouched).  The hosted JVM and the
# partition image link the same object, so Math gives the same bits in
# both (docs/classlib.md, "Math").  Appends $(LIBM_OBJ) to the hosted
# object lists; jvm/partition.mk adds it to the partition's.
LIBM_MUSL_A ?= /usr/lib/x86_64-linux-musl/libc.a
LIBM_OBJ    := $(B)/libm/plm.o
# The functions the natives call, then what they need.  A missing one
# fails the build (the undefined-symbol check below), never silently.
LIBM_MEMBERS := sinl.lo cosl.lo tanl.lo log10l.lo exp.lo log.lo pow.lo \
    asin.lo acos.lo atan.lo expm1.lo remainder.lo \
    __sinl.lo __cosl.lo __tanl.lo __rem_pio2l.lo __rem_pio2_large.lo \
    exp_data.lo log_data.lo pow_data.lo __math_divzero.lo __math_invalid.lo \
    __math_oflow.lo __math_uflow.lo __math_xflow.lo fabs.lo fabsl.lo \
    floor.lo remquo.lo scalbn.lo sqrt.lo

$(LIBM_OBJ): $(LIBM_MUSL_A) jvm/libm.mk
	@rm -rf $(B)/libm/x && mkdir -p $(B)/libm/x
	cd $(B)/libm/x && ar x $(LIBM_MUSL_A) $(LIBM_MEMBERS)
	ld -r -o $(B)/libm/x/all.o $(addprefix $(B)/libm/x/,$(LIBM_MEMBERS))
	objcopy --prefix-symbols=plm_ $(B)/libm/x/all.o $(B)/libm/x/prefixed.o
	objcopy --redefine-sym plm___stack_chk_fail=__stack_chk_fail $(B)/libm/x/prefixed.o $@.tmp
	@bad=$$(nm -u $@.tmp | awk '{print $$2}' | grep -vx -e __stack_chk_fail -e _GLOBAL_OFFSET_TABLE_); \
	if [ -n "$$bad" ]; then echo "jvm/libm.mk: musl objects need: $$bad" >&2; rm -f $@.tmp; exit 1; fi
	@mv $@.tmp $@

JVM_OBJS  += $(LIBM_OBJ)
JVM_AOBJS += $(LIBM_OBJ)
