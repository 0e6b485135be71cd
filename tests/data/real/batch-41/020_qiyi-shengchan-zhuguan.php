<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
    <title>公司简介</title>
    <link rel="stylesheet" href="css/global_all.css">
    <style>
        #us a{
            color:grey;
        }
    </style>
</head>
<body>
<?php require_once('./component/head.php') ?>
<div class="top_2" >
        <img src="images/5c29c8005de58.png" >
</div>
<div class="main_box">

    <div class="join">
        <dl>
            <dt>生产主管（2名）</dt>
            <dd>
                <strong>工作职责：</strong>
                <span>
                    <b></b>1、 车间日常生产管理。<Br>
                    <b></b>2、 合理调配安排生产，完善车间体制，简化生产流程。<Br>
                </span>
                <strong>任职要求：</strong>
                <span>
                    <b></b>1、 本科以上，25-45岁，注塑类相关专业。<Br>
                    <b></b>2、 有两年以上相关行业的工作经验。<Br>
                    <b></b>3、 有较强的管理能力和协调能力。<Br>
                    <b></b>4、 有较强的重任感和事业心。<Br>
                    <b></b>5、 有较强的组织能力和逻辑思维能力。<Br>
                </span>
            </dd>
        </dl>
    </div>
</div>


<?php require_once('./component/footer.php') ?>


<script type="text/javascript" src="js/jquery.min.js"></script>
<script src="js/swiper.min.js"></script>
<script type="text/javascript" src="js/common.js"></script>
<script>
        $().ready(function () {
            $(".join dl").mouseover(function () {
                //通过 .index()方法获取元素下标，从0开始，赋值给某个变量
                var _index = $(this).index();
                //让内容框的第 _index 个显示出来，其他的被隐藏
                //$(".list_box>div").eq(_index).show().siblings().hide();
                //改变选中时候的选项框的样式，移除其他几个选项的样式
                $(this).addClass("active").siblings().removeClass("active");
            });
        });

        </script>
</body>
</html>
