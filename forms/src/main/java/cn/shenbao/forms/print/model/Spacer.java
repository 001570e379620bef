package cn.shenbao.forms.print.model;

/** Vertical white space of a given height. */
public record Spacer(float heightPt) implements Block {
    @Override
    public <R> R accept(BlockVisitor<R> v) {
        return v.spacer(this);
    }
}
