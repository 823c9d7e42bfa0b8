/**
 * Characters that exist only in Simplified Chinese: each is the Simplified form of a different
 * Traditional character (连 for 連, 网 for 網, 络 for 絡…), so none belongs in text for Taiwan.
 * Built from the Simplified forms that occur in sockerr's own data (the Mainland keywords and
 * messages it detects) and the words of socket errors, checked against OpenCC's Simplified-to-
 * Traditional table; forms that are also standard Traditional characters (台, 占, 游, 干, 后, 里,
 * 云, 冲, 几, 准, 群, 并, 划, 么…) are left out, since Taiwan writes them too.
 */
export const SIMPLIFIED_ONLY = new Set(
  '与专业东丢两严个临为乐习书买产仅从仓们会传体储关内写决况减凭击则刚创删别剑办务动励区医协单卖历压参发变号吗听启员响国图场坏块坚墙处备复够头夹学宝实宽对寻导将尔尝尽层届属岁师带帧帮广库应开异弃弹强当录径忆怀态总户执扩扰护报拟拨择挂换据数断无旧时显晖暂机杀杂权条来极构标栈样档桥检汇没测济浏满滨潜灯点烦状环现疯监盘码础确离种积称笔筛签简类紧红约级纯纸线练组细织终经绑结给络绝统继绪续维缓编缩网罗联腾节获蓝虚装见观视览觉触计订认让训议讯记许论设访诀证评识诉词译试诚话询该详语误说请诸读谁调谈谋谢谱贝负财责败账质贴贵费资赋赖赶跃车转轮软轻载较辑输辖边达迁过运还这进远连迟适选递逻遗邮释针钉钟钥钱铁银链销锁锅错键镜长门闪闭问闲间闻阅队阳阴阵阶际陆陈陕险随隐难雾静页顶项顺须预领频题额风飞饭馆馈马驱验骤鱼鸟鸡齐龄龙',
);

/** The Simplified-only characters in `text`, in order of appearance (empty when there are none). */
export function simplifiedOnly(text: string): string[] {
  return [...text].filter((c) => SIMPLIFIED_ONLY.has(c));
}
