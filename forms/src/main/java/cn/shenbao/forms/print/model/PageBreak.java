package cn.shenbao.forms.print.model;

/** Starts a new page. */
public record PageBreak() implements Block {
    @Override
    public <R> R accept(BlockVisitor<R> v) {
        return v.pageBreak(this);
    }
}
