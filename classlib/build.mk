# classlib/build.mk: our java.base, compiled by javac against itself only
# (--system=none) into build/classlib/classes/, where the hosted JVM finds it.
# One javac call over every source, into a fresh directory that replaces the
# old one only once it compiled (tests may be running); the stamp file
# stands for the whole tree.
# java/lang/CharacterData.java (Unicode tables) is generated from the build
# JDK by classlib/gen/GenCharacterData.java.  Until java/lang/Object.java
# exists (the core's) javac cannot compile the library, so the target is only
# added once it does.
JAVA ?= java
CLASSLIB_SRCS  := $(shell find classlib -path classlib/gen -prune -o -name '*.java' -print 2>/dev/null)
CLASSLIB_OUT   := $(B)/classlib/classes
CLASSLIB_STAMP := $(B)/classlib/stamp
CLASSLIB_GEN   := $(B)/classlib/gen/java/lang/CharacterData.java

$(CLASSLIB_GEN): classlib/gen/GenCharacterData.java
	@mkdir -p $(dir $@)
	$(JAVA) $< $@.tmp && mv $@.tmp $@

$(CLASSLIB_STAMP): $(CLASSLIB_SRCS) $(CLASSLIB_GEN) classlib/build.mk
	@rm -rf $(CLASSLIB_OUT).tmp && mkdir -p $(CLASSLIB_OUT).tmp
	@printf '%s\n' $(CLASSLIB_SRCS) $(CLASSLIB_GEN) > $(B)/classlib/sources.txt
	$(JAVAC) --system=none -XDstringConcat=inline -g:source,lines -encoding UTF-8 \
	    -nowarn -Xlint:none -d $(CLASSLIB_OUT).tmp @$(B)/classlib/sources.txt
	@rm -rf $(CLASSLIB_OUT) && mv $(CLASSLIB_OUT).tmp $(CLASSLIB_OUT)
	@touch $@

ifneq ($(wildcard classlib/java/lang/Object.java),)
ALL_TARGETS += $(CLASSLIB_STAMP)
endif
